namespace Entsoe.Transparency;

/// <summary>One entry of a ZIP response, parsed: the name the archive gives it and its document.</summary>
public sealed class TransparencyArchiveEntry
{
    internal TransparencyArchiveEntry(string name, TransparencyDocument document)
    {
        Name = name;
        Document = document;
    }

    /// <summary>
    /// The entry's name as the archive states it. It comes from the response, so treat it as a label: never use it as a
    /// file path (it may hold <c>..</c>, slashes or a drive letter). The parser itself writes nothing to disk.
    /// </summary>
    public string Name { get; }

    /// <summary>
    /// The entry's document. An entry that is an <c>Acknowledgement_MarketDocument</c> (the platform's note that part of
    /// a query matched nothing) has <see cref="TransparencyDocument.IsAcknowledgement"/> set; it is reported, never thrown.
    /// </summary>
    public TransparencyDocument Document { get; }

    /// <summary>Describes the entry: its name and document kind.</summary>
    public override string ToString() => $"TransparencyArchiveEntry({ArchiveReader.Label(Name)}, {Document.Kind})";
}
