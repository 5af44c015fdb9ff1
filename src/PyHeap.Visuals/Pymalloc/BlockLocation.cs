namespace PyHeap.Visuals.Pymalloc;

/// <summary>
/// Where the inspected object's block lies: the position of its arena in <see cref="PymallocMapSnapshot.Arenas"/>,
/// the pool's index in that arena and the block's index in the pool (Objects/obmalloc.c: POOL_ADDR and the
/// block arithmetic of pymalloc_free).
/// </summary>
public sealed record BlockLocation(int Arena, int Pool, int Block);
