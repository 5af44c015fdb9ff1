using System.Collections.Concurrent;
using PyHeap.Kernel;

namespace PyHeap.Kernel.Tests;

/// <summary>A frontend that records what a cell sent, in order, and answers input() from a queue.</summary>
public sealed class RecordingFrontend : IKernelFrontend
{
    public ConcurrentQueue<string> Answers { get; } = new();
    public List<(string Kind, object Value)> Messages { get; } = [];
    public Action? OnInputRequested { get; set; }

    public string Stdout => string.Concat(Messages.Where(m => m.Kind == "stdout").Select(m => (string)m.Value));
    public string Stderr => string.Concat(Messages.Where(m => m.Kind == "stderr").Select(m => (string)m.Value));
    public IEnumerable<DisplayBundle> Displays => Messages.Where(m => m.Kind is "display" or "update").Select(m => (DisplayBundle)m.Value);

    public void Stream(string name, string text)
    {
        lock (Messages) Messages.Add((name, text));
    }

    public void DisplayData(DisplayBundle bundle, bool update)
    {
        lock (Messages) Messages.Add((update ? "update" : "display", bundle));
    }

    public void ClearOutput(bool wait)
    {
        lock (Messages) Messages.Add(("clear", wait));
    }

    public string? RequestInput(string prompt, bool password, CancellationToken cancel)
    {
        lock (Messages) Messages.Add(("input", prompt));
        OnInputRequested?.Invoke();
        while (!cancel.IsCancellationRequested)
        {
            if (Answers.TryDequeue(out var answer)) return answer;
            Thread.Sleep(5);
        }
        return null;
    }
}
