using PyHeap.Kernel;

namespace PyHeap.Kernel.Tests;

/// <summary>The input history survives a kernel restart through its file, as IPython's does through SQLite.</summary>
public sealed class HistoryFileTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("pyheap-history-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string File => Path.Combine(dir, "sub", "history.jsonl");

    private static void Run(KernelSession session, string code) => session.Execute(new ExecuteRequest(code), new RecordingFrontend());

    [Fact]
    public void A_new_session_sees_the_previous_sessions_inputs_and_numbers_itself_after_them()
    {
        using (var first = new KernelSession(new KernelSessionOptions { HistoryFile = File }))
        {
            Run(first, "a = 1");
            Run(first, "a + 1");
        }
        using var second = new KernelSession(new KernelSessionOptions { HistoryFile = File });
        Run(second, "b = 2");
        var tail = second.History(new HistoryRequest("tail") { N = 3 });
        Assert.Equal([(1, 1, "a = 1"), (1, 2, "a + 1"), (2, 1, "b = 2")], tail.Select(e => (e.Session, e.Line, e.Input)));
        Assert.Equal("b = 2", Assert.Single(second.History(new HistoryRequest("range") { Session = 0, Start = 1 })).Input);
        Assert.Equal(2, second.History(new HistoryRequest("range") { Session = -1, Start = 1 }).Count);
    }

    [Fact]
    public void A_torn_line_in_the_file_is_skipped()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(File)!);
        System.IO.File.WriteAllText(File, "{\"Session\":4,\"Line\":1,\"Input\":\"x = 1\"}\n{\"Sess");
        using var session = new KernelSession(new KernelSessionOptions { HistoryFile = File });
        Run(session, "y = 2");
        var tail = session.History(new HistoryRequest("tail") { N = 10 });
        Assert.Equal([(4, "x = 1"), (5, "y = 2")], tail.Select(e => (e.Session, e.Input)));
    }

    [Fact]
    public void An_unwritable_history_file_keeps_the_history_in_memory()
    {
        System.IO.File.WriteAllText(Path.Combine(dir, "sub"), "a file where the folder should be");
        using var session = new KernelSession(new KernelSessionOptions { HistoryFile = File });
        Run(session, "z = 3");
        Assert.Equal("z = 3", Assert.Single(session.History(new HistoryRequest("tail") { N = 5 })).Input);
    }
}
