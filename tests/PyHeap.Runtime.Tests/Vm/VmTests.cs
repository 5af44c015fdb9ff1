using PyHeap.Runtime.Events;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Tests.Vm;

public class VmTests
{
    [Fact]
    public void Getrefcount_counts_the_argument_reference() =>
        Assert.Equal("2\n", Run.Output("import sys\na = []\nprint(sys.getrefcount(a))"));

    [Fact]
    public void A_call_moves_the_callers_stack_reference_into_the_callee() =>
        Assert.Equal("3\n2\n", Run.Output("import sys\na = []\ndef f(x):\n    return sys.getrefcount(x)\nprint(f(a))\nprint(f([]))"));

    [Fact]
    public void Ten_thousand_deep_recursion_with_a_raised_limit_does_not_overflow_the_host_stack()
    {
        var (stdout, stderr, result, _) = Run.Code(
            "import sys\nsys.setrecursionlimit(20000)\ndef f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(10000))");
        Assert.True(result.Ok, stderr);
        Assert.Equal("10000\n", stdout);
    }

    [Fact]
    public void Recursion_past_the_limit_raises_RecursionError()
    {
        var (stdout, _, _, _) = Run.Code(
            "import sys\nsys.setrecursionlimit(100)\ndepth = 0\ndef f():\n    global depth\n    depth += 1\n    f()\ntry:\n    f()\nexcept RecursionError as e:\n    print(depth, e)");
        Assert.Equal("99 maximum recursion depth exceeded\n", stdout);
    }

    [Fact]
    public void An_uncaught_exception_is_reported_and_the_interpreter_stays_usable()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var interp = new Interpreter { Stdout = stdout, Stderr = stderr };
        var failed = interp.Execute("x = [1, 2]\ny = x[5]", "cell.py");
        Assert.False(failed.Ok);
        Assert.Equal("IndexError", failed.ErrorType);
        var ok = interp.Execute("print(len(x))", "cell2.py");
        Assert.True(ok.Ok);
        Assert.Equal("2\n", stdout.ToString());
        Assert.True(interp.Audit().Ok, interp.Audit().ToString());
    }

    [Fact]
    public void A_syntax_error_is_reported_as_SyntaxError()
    {
        var (_, stderr, result, _) = Run.Code("x = = 1");
        Assert.False(result.Ok);
        Assert.Equal("SyntaxError", result.ErrorType);
        Assert.Contains("SyntaxError: invalid syntax", stderr);
    }

    [Fact]
    public void Interrupt_stops_a_runaway_loop_with_KeyboardInterrupt_and_the_heap_stays_consistent()
    {
        var interp = new Interpreter { Stdout = new StringWriter(), Stderr = new StringWriter() };
        var timer = new Timer(_ => interp.RequestInterrupt(), null, 200, Timeout.Infinite);
        var result = interp.Execute("items = []\nwhile True:\n    items.append([1])\n    if len(items) > 1000:\n        items.clear()", "loop.py");
        timer.Dispose();
        Assert.Equal("KeyboardInterrupt", result.ErrorType);
        Assert.True(interp.Audit().Ok, interp.Audit().ToString());
    }

    [Fact]
    public void The_event_recorder_sees_refcount_changes_with_their_source_line()
    {
        var interp = new Interpreter { Stdout = new StringWriter(), Stderr = new StringWriter() };
        var recorder = new EventRecorder(1000);
        interp.Execute("a = []", "setup.py");
        recorder.Attach(interp);
        try
        {
            interp.Execute("b = a\nc = [a]", "trace.py");
        }
        finally
        {
            recorder.Detach();
        }
        var events = recorder.Events;
        Assert.Contains(events, e => e.Kind == HeapEventKind.RefCountChanged && e.TypeName == "list" && e.Line == 1 && e.Delta == 1);
        Assert.Contains(events, e => e.Kind == HeapEventKind.Allocated && e.TypeName == "list" && e.Line == 2);
    }

    [Fact]
    public void A_freed_lists_address_is_reused_by_the_next_list() =>
        Assert.Equal("True\n", Run.Output("a = [1]\ni = id(a)\ndel a\nb = [2]\nprint(i == id(b))"));

    [Fact]
    public void Del_runs_when_the_last_reference_goes() =>
        Assert.Equal("before\ndel x\nafter\n", Run.Output(
            "class C:\n    def __del__(self):\n        print('del x')\nc = C()\nprint('before')\ndel c\nprint('after')"));
}
