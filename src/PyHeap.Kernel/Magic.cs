using PyHeap.Runtime.Objects;

namespace PyHeap.Kernel;

/// <summary>
/// A magic: a line magic (<c>%name line</c>) or a cell magic (<c>%%name line</c> + the cell's body). Its handler
/// runs on the interpreter thread and returns a new reference (None when it has no value); a usage error is a
/// <see cref="MagicUsageException"/>.
/// </summary>
public sealed record Magic(string Name, bool IsCellMagic, string Help, Func<MagicContext, PyObject> Run);
