namespace PyHeap.Kernel;

/// <summary>The magics a session knows; the views' magics register here when they land.</summary>
public sealed class MagicRegistry
{
    private readonly Dictionary<string, Magic> line = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Magic> cell = new(StringComparer.Ordinal);

    public void Register(Magic magic) => (magic.IsCellMagic ? cell : line)[magic.Name] = magic;

    public Magic? Find(string name, bool isCellMagic) => (isCellMagic ? cell : line).GetValueOrDefault(name);

    public IEnumerable<Magic> LineMagics => line.Values.OrderBy(m => m.Name, StringComparer.Ordinal);

    public IEnumerable<Magic> CellMagics => cell.Values.OrderBy(m => m.Name, StringComparer.Ordinal);
}
