using System.Collections.Concurrent;

namespace PyHeap.Kernel;

/// <summary>
/// The one host thread every piece of interpreter work runs on, with the deep stack native re-entries need.
/// A notebook kernel keeps it for its whole life instead of starting a thread per cell.
/// </summary>
internal sealed class InterpreterThread : IDisposable
{
    private readonly BlockingCollection<Action> work = new();
    private readonly Thread thread;

    public InterpreterThread(int stackBytes)
    {
        thread = new Thread(Loop, stackBytes) { IsBackground = true, Name = "pyheap-interpreter" };
        thread.Start();
    }

    /// <summary>Runs <paramref name="action"/> on the interpreter thread and waits; its exception is rethrown here.</summary>
    public T Run<T>(Func<T> action)
    {
        if (Thread.CurrentThread == thread) return action();
        T? result = default;
        Exception? failure = null;
        using var done = new ManualResetEventSlim();
        work.Add(() =>
        {
            try
            {
                result = action();
            }
            catch (Exception e)
            {
                failure = e;
            }
            finally
            {
                done.Set();
            }
        });
        done.Wait();
        if (failure is not null) throw new InvalidOperationException("interpreter thread failure", failure);
        return result!;
    }

    private void Loop()
    {
        foreach (var action in work.GetConsumingEnumerable()) action();
    }

    public void Dispose() => work.CompleteAdding();
}
