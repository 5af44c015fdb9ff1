namespace PyHeap.Runtime.Processes;

/// <summary>How an object crosses into another simulated process.</summary>
public enum CopyMode
{
    /// <summary>
    /// Pickled (Lib/multiprocessing/reduction.py ForkingPickler): builtin values by value, functions and classes by
    /// reference (their module and qualified name, Modules/_pickle.c save_global), anything else refused.
    /// </summary>
    Pickle,

    /// <summary>
    /// Inherited through os.fork (Lib/multiprocessing/popen_fork.py): the child has a copy of the parent's memory, so
    /// functions come by value too (lambdas and nested functions included) and modules are the child's own imports.
    /// </summary>
    Fork,
}
