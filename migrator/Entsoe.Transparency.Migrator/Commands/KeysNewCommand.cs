using System.CommandLine;
using System.Globalization;
using Entsoe.Transparency.Migrator.Failures;
using Entsoe.Transparency.Migrator.Invocation;
using Entsoe.Transparency.Tokens;

namespace Entsoe.Transparency.Migrator.Commands;

/// <summary><c>keys new</c>: writes a new key ring file readable by its owner only (mode 600).</summary>
internal sealed class KeysNewCommand
{
    private readonly Option<string> output = new("--out") { Description = "Where to write the key ring (created with permissions 600; never in the database or next to its backups).", HelpName = "file", Required = true };
    private readonly Option<string?> keyId = new("--key-id") { Description = "Id of the new key, 1-16 of A-Z a-z 0-9 _ - (default k<year>, e.g. k2026). It is stored in every hash.", HelpName = "id" };
    private readonly Option<string?> rotateFrom = new("--rotate-from") { Description = "Existing key ring to keep as older keys: the new key becomes active, old hashes still verify.", HelpName = "file" };
    private readonly Option<bool> force = new("--force") { Description = "Replace --out if it exists." };

    public Command Create(Func<ParseResult, CancellationToken, Func<CommandContext, Task<int>>, Task<int>> run)
    {
        var command = new Command("new", "Write a new key ring file (permissions 600). With --rotate-from, add a new active key to an existing ring.");
        command.Options.Add(output);
        command.Options.Add(keyId);
        command.Options.Add(rotateFrom);
        command.Options.Add(force);
        command.SetAction((parse, cancellationToken) => run(parse, cancellationToken, context => Task.FromResult(Run(context, parse))));
        return command;
    }

    /// <summary>Writes a new ring to <paramref name="path"/>; returns the active key id.</summary>
    public static string WriteNew(string path, string? id, string? rotateFromPath, bool overwrite, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        id ??= string.Create(CultureInfo.InvariantCulture, $"k{time.GetUtcNow().Year}");
        if (!KeyIdRules.IsValid(id))
        {
            throw new ConfigurationException($"--key-id must be {KeyIdRules.PatternText}.");
        }

        if (File.Exists(path) && !overwrite)
        {
            throw new ConfigurationException($"'{path}' exists; choose another --out or add --force to replace it (hashes made with its keys stop verifying unless you keep them).");
        }

        TokenKeyRing ring;
        try
        {
            if (rotateFromPath is null)
            {
                ring = TokenKeyRing.Generate(id);
            }
            else
            {
                using var old = TokenKeyRing.Load(rotateFromPath);
                if (old.Contains(id))
                {
                    throw new ConfigurationException($"The ring '{rotateFromPath}' already has a key '{id}'; choose another --key-id.");
                }

                ring = old.Rotate(id);
            }
        }
        catch (KeyRingException ex)
        {
            throw new PreflightException(ex.Message, ex);
        }

        using (ring)
        {
            var temporary = path + ".tmp";
            var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                // Created 600 from the first byte: no window in which the key is readable by others.
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            try
            {
                using (var stream = new FileStream(temporary, options))
                {
                    ring.WriteSecretJson(stream);
                }

                File.Move(temporary, path, overwrite);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                File.Delete(temporary);
                throw new ConfigurationException($"Cannot write the key ring to '{path}' ({ex.GetType().Name}); choose a writable --out.", ex);
            }

            return ring.ActiveKeyId;
        }
    }

    private int Run(CommandContext context, ParseResult parse)
    {
        var path = context.ResolvePath(parse.GetValue(output)!);
        var rotate = parse.GetValue(rotateFrom) is { } from ? context.ResolvePath(from) : null;
        var active = WriteNew(path, parse.GetValue(keyId), rotate, parse.GetValue(force), context.Host.Time);
        context.Error.WriteLine($"Wrote the key ring to {path} (permissions 600), active key '{active}'.");
        context.Error.WriteLine("Keep it out of the database, its backups and source control; store a copy in your secret manager. Losing it makes every hash unverifiable.");
        return ExitCodes.Ok;
    }
}
