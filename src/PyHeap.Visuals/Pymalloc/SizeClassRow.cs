namespace PyHeap.Visuals.Pymalloc;

/// <summary>
/// One line of the size-class table of sys._debugmallocstats() (Objects/obmalloc.c: _PyObject_DebugMallocStats):
/// pools in use of the class, blocks allocated in them (free-list-held blocks included, as pymalloc counts
/// them) and blocks still available in those pools.
/// </summary>
public sealed record SizeClassRow(int SizeClass, int BlockSize, long Pools, long BlocksInUse, long AvailableBlocks);
