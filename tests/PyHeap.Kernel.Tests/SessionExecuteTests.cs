using PyHeap.Kernel;

namespace PyHeap.Kernel.Tests;

public sealed class SessionExecuteTests : IDisposable
{
    private readonly KernelSession session = new();

    public void Dispose() => session.Dispose();

    private (CellResult Result, RecordingFrontend Frontend) Run(string code, bool allowStdin = false, RecordingFrontend? frontend = null)
    {
        frontend ??= new RecordingFrontend();
        return (session.Execute(new ExecuteRequest(code) { AllowStdin = allowStdin }, frontend), frontend);
    }

    private static string Plain(CellResult r) => r.Result!.Data["text/plain"]!.ToString();

    [Fact]
    public void Last_expression_is_the_result_and_cells_count_up()
    {
        Assert.Equal(1, session.ExecutionCount);
        var (first, _) = Run("x = 6 * 7");
        Assert.Equal(1, first.ExecutionCount);
        Assert.Null(first.Result);
        var (second, _) = Run("x");
        Assert.Equal(2, second.ExecutionCount);
        Assert.Equal("42", Plain(second));
        Assert.Equal(3, session.ExecutionCount);
    }

    [Fact]
    public void The_heap_persists_between_cells()
    {
        Run("data = [1, 2, 3]");
        var (r, _) = Run("data.append(4); len(data)");
        Assert.Equal("4", Plain(r));
    }

    [Fact]
    public void Printed_output_streams_to_stdout_and_stderr()
    {
        var (r, f) = Run("import sys\nprint('hello')\nprint('oops', file=sys.stderr)");
        Assert.Equal(ExecuteStatus.Ok, r.Status);
        Assert.Equal("hello\n", f.Stdout);
        Assert.Equal("oops\n", f.Stderr);
    }

    [Fact]
    public async Task Output_arrives_while_the_cell_is_still_running()
    {
        var frontend = new RecordingFrontend();
        var sawOutputEarly = false;
        var task = Task.Run(() => Run("print('started')\nwhile True: pass", frontend: frontend));
        for (var i = 0; i < 200 && !sawOutputEarly; i++)
        {
            await Task.Delay(10);
            lock (frontend.Messages) sawOutputEarly = frontend.Messages.Any(m => m.Kind == "stdout");
        }
        session.Interrupt();
        await task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(sawOutputEarly);
    }

    [Fact]
    public void An_error_gives_a_cpython_style_traceback_and_the_session_survives()
    {
        var (r, f) = Run("def f():\n    return 1 / 0\nf()");
        Assert.Equal(ExecuteStatus.Error, r.Status);
        Assert.Equal("ZeroDivisionError", r.ErrorName);
        Assert.Equal("division by zero", r.ErrorValue);
        Assert.Equal("Traceback (most recent call last):", r.Traceback[0]);
        Assert.Contains("  File \"Cell In[1]\", line 3, in <module>", r.Traceback);
        Assert.Contains("    return 1 / 0", r.Traceback);
        Assert.Equal("ZeroDivisionError: division by zero", r.Traceback[^1]);
        Assert.Equal("", f.Stderr); // the traceback is the error message, not stderr text
        var (next, _) = Run("f.__name__");
        Assert.Equal("'f'", Plain(next));
        Assert.Equal(2, next.ExecutionCount);
    }

    [Fact]
    public void Sys_exit_is_reported_like_IPython_and_the_session_goes_on()
    {
        var (r, _) = Run("import sys\nsys.exit(3)");
        Assert.Equal("SystemExit", r.ErrorName);
        Assert.Equal("3", r.ErrorValue);
        Assert.Equal("SystemExit: 3", r.Traceback[^1]);
        Assert.Equal("2", Plain(Run("1 + 1").Result));
    }

    [Fact]
    public void A_syntax_error_is_reported_with_its_location()
    {
        var (r, _) = Run("x = (1,");
        Assert.Equal("SyntaxError", r.ErrorName);
        Assert.Equal("'(' was never closed (Cell In[1], line 1)", r.ErrorValue);
    }

    [Fact]
    public void Results_are_cached_in_Out_and_underscore_like_IPython()
    {
        Run("x = []");
        Run("x");
        var (r, _) = Run("Out[2] is x, _ is x, _2 is x, In[1]");
        Assert.Equal("(True, True, True, 'x = []')", Plain(r));
        var (count, _) = Run("import sys; sys.getrefcount(x)");
        // x, the argument, Out[2], _2, and __ (it moved from _ when cell 3's tuple was shown)
        Assert.Equal("5", Plain(count));
    }

    [Fact]
    public void Display_publishes_repr_and_rich_representations()
    {
        var (r, f) = Run("class Card:\n    def _repr_html_(self):\n        return '<b>card</b>'\n    def __repr__(self):\n        return 'Card()'\ndisplay(Card(), 5)");
        Assert.Equal(ExecuteStatus.Ok, r.Status);
        var bundles = f.Displays.ToList();
        Assert.Equal(2, bundles.Count);
        Assert.Equal("Card()", bundles[0].Data["text/plain"]!.ToString());
        Assert.Equal("<b>card</b>", bundles[0].Data["text/html"]!.ToString());
        Assert.Equal("5", bundles[1].Data["text/plain"]!.ToString());
    }

    [Fact]
    public void Update_display_targets_a_display_id()
    {
        var (r, f) = Run("from IPython.display import update_display, HTML\nh = display('a', display_id='d1')\nupdate_display('b', display_id='d1')\nh.update(HTML('<i>c</i>'))");
        Assert.Equal(ExecuteStatus.Ok, r.Status);
        var kinds = f.Messages.Select(m => m.Kind).ToList();
        Assert.Equal(["display", "update", "update"], kinds);
        Assert.All(f.Displays, b => Assert.Equal("d1", b.DisplayId));
        Assert.Equal("<i>c</i>", f.Displays.Last().Data["text/html"]!.ToString());
    }

    [Fact]
    public void Clear_output_reaches_the_frontend_after_earlier_text()
    {
        var (_, f) = Run("from IPython.display import clear_output\nprint('x')\nclear_output(wait=True)");
        Assert.Equal(["stdout", "clear"], f.Messages.Select(m => m.Kind));
    }

    [Fact]
    public void Input_asks_the_frontend_when_stdin_is_allowed()
    {
        var frontend = new RecordingFrontend();
        frontend.Answers.Enqueue("Ada");
        var (r, f) = Run("name = input('name? ')\nname.upper()", allowStdin: true, frontend: frontend);
        Assert.Equal("'ADA'", Plain(r));
        Assert.Contains(("input", (object)"name? "), f.Messages);
    }

    [Fact]
    public void Input_without_stdin_raises_StdinNotImplementedError()
    {
        var (r, _) = Run("input('x')");
        Assert.Equal("StdinNotImplementedError", r.ErrorName);
        Assert.Equal("raw_input was called, but this frontend does not support input requests.", r.ErrorValue);
    }

    [Fact]
    public async Task Interrupt_stops_a_runaway_loop_and_the_heap_audit_passes()
    {
        Run("items = []");
        var task = Task.Run(() => Run("while True:\n    items.append([1, 2])\n    items.pop()"));
        await Task.Delay(300);
        session.Interrupt();
        var (r, _) = await task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("KeyboardInterrupt", r.ErrorName);
        var (audit, _) = Run("import pyheap; pyheap.audit()");
        Assert.Equal("[]", Plain(audit));
    }

    [Fact]
    public void Interrupt_cancels_a_pending_input()
    {
        var frontend = new RecordingFrontend { OnInputRequested = () => Task.Delay(100).ContinueWith(_ => session.Interrupt()) };
        var (r, _) = Run("input('wait: ')", allowStdin: true, frontend: frontend);
        Assert.Equal("KeyboardInterrupt", r.ErrorName);
    }

    [Fact]
    public void An_interrupt_while_idle_does_not_hit_the_next_cell()
    {
        session.Interrupt();
        var (r, _) = Run("1 + 1");
        Assert.Equal("2", Plain(r));
    }

    [Fact]
    public void User_expressions_are_evaluated_after_the_cell()
    {
        var r = session.Execute(new ExecuteRequest("a = 5") { UserExpressions = new Dictionary<string, string> { ["double"] = "a * 2", ["bad"] = "nope" } }, new RecordingFrontend());
        Assert.Equal("10", r.UserExpressions["double"].Value!.Data["text/plain"]!.ToString());
        Assert.Equal("NameError", r.UserExpressions["bad"].ErrorName);
    }

    [Fact]
    public void Silent_cells_are_not_counted_and_show_nothing()
    {
        var f = new RecordingFrontend();
        var r = session.Execute(new ExecuteRequest("print('quiet'); 5") { Silent = true }, f);
        Assert.Null(r.Result);
        Assert.Empty(f.Messages);
        Assert.Equal(1, session.ExecutionCount);
    }
}
