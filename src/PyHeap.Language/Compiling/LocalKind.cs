namespace PyHeap.Language.Compiling;

/// <summary>The kind of a "fast locals plus" slot (3.11 co_localspluskinds: CO_FAST_LOCAL/CELL/FREE).
/// An argument that is captured by an inner function is <c>Local | Cell</c>.</summary>
[Flags]
public enum LocalKind : byte
{
    None = 0,
    Local = 0x20,
    Cell = 0x40,
    Free = 0x80,
}
