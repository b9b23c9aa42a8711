// Progressive enhancement only: every page works without it.
(() => {
  "use strict";

  // Figure 3: the server renders the dialog open; make it a real modal (focus kept inside, Escape cancels).
  const dialog = document.querySelector("dialog[data-modal]");
  if (dialog && typeof dialog.showModal === "function") {
    dialog.close();
    dialog.showModal();
    dialog.addEventListener("cancel", () => window.location.assign("/account"));
  }

  // Figure 4: copy the token to the clipboard.
  for (const button of document.querySelectorAll("[data-copy]")) {
    button.addEventListener("click", async () => {
      const source = document.querySelector(button.dataset.copy);
      const status = document.getElementById("copy-status");
      const text = source ? source.textContent.trim() : "";
      let copied = false;
      try {
        await navigator.clipboard.writeText(text);
        copied = true;
      } catch {
        // No clipboard permission: select the token so Ctrl+C copies it.
        const range = document.createRange();
        range.selectNodeContents(source);
        const selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
      }
      if (status) {
        status.textContent = copied ? "Copied to the clipboard." : "Selected: press Ctrl+C to copy.";
      }
    });
  }

  // The token is shown once: wipe it from the page when the user leaves, so a back/forward cache snapshot never
  // holds it, and if the browser restores this page anyway, go to the account page instead.
  const token = document.querySelector("[data-token]");
  if (token) {
    window.addEventListener("pagehide", () => { token.textContent = ""; });
    window.addEventListener("pageshow", (event) => {
      if (event.persisted) {
        window.location.replace("/account");
      }
    });
  }
})();
