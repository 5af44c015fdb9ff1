using PyHeap.Kernel;

namespace PyHeap.Kernel.Tests;

public sealed class SessionMagicTests : IDisposable
{
    private readonly KernelSession session = new();

    public void Dispose() => session.Dispose();

    private (CellResult Result, RecordingFrontend Frontend) Run(string code, bool allowStdin = false, RecordingFrontend? frontend = null)
    {
        frontend ??= new RecordingFrontend();
        return (session.Execute(new ExecuteRequest(code) { AllowStdin = allowStdin }, frontend), frontend);
    }

    [Fact]
    public void Who_lists_the_names_the_user_defined()
    {
        Run("import sys\nx = 1");
        var (_, f) = Run("%who");
        Assert.Equal("sys\t x\t \n", f.Stdout);
    }

    [Fact]
    public void Reset_f_deletes_every_user_name()
    {
        Run("x = 1");
        var (_, f) = Run("%reset -f\n%who");
        Assert.Equal("Interactive namespace is empty.\n", f.Stdout);
        var (r, _) = Run("x");
        Assert.Equal("NameError", r.ErrorName);
    }

    [Fact]
    public void Reset_asks_first_and_does_nothing_on_no()
    {
        Run("x = 1");
        var frontend = new RecordingFrontend();
        frontend.Answers.Enqueue("n");
        var (_, f) = Run("%reset", allowStdin: true, frontend: frontend);
        Assert.Equal("Nothing done.\n", f.Stdout);
        Assert.Equal(ExecuteStatus.Ok, Run("x").Result.Status);
    }

    [Fact]
    public void Unknown_magic_is_a_usage_error()
    {
        var (r, _) = Run("%nosuch 1");
        Assert.Equal("UsageError", r.ErrorName);
        Assert.Equal(["UsageError: Line magic function `%nosuch` not found."], r.Traceback);
    }

    [Fact]
    public void Shell_commands_are_refused()
    {
        var (r, _) = Run("!ls /");
        Assert.Equal("UsageError", r.ErrorName);
        Assert.Contains("no access to the host", r.ErrorValue);
    }

    [Fact]
    public void Question_mark_inspects_a_name()
    {
        Run("nums = [1, 2, 3]");
        var (_, f) = Run("nums?");
        Assert.Contains("Type:        list", f.Stdout);
        Assert.Contains("Length:      3", f.Stdout);
        Assert.Contains("Refcount:    1 (sys.getrefcount shows 2", f.Stdout);
        Assert.Contains("tracked, generation 0", f.Stdout);
        var (_, missing) = Run("nothere?");
        Assert.Equal("Object `nothere` not found.\n", missing.Stdout);
    }

    [Fact]
    public void Magics_inside_a_block_are_transformed()
    {
        var (r, f) = Run("for i in range(2):\n    %who\n");
        Assert.Equal(ExecuteStatus.Ok, r.Status);
        Assert.Equal("i\t \ni\t \n", f.Stdout);
    }

    [Fact]
    public void Percent_inside_a_string_or_expression_is_left_alone()
    {
        var (r, _) = Run("s = '''\n%who\n'''\n10 % 3");
        Assert.Equal("1", r.Result!.Data["text/plain"]!.ToString());
    }

    [Fact]
    public void Profile_magic_switches_the_layout_and_resets_the_heap()
    {
        Run("x = 1");
        var (_, f) = Run("%profile classic");
        Assert.Contains("classic", f.Stdout);
        Assert.Contains("reset", f.Stdout);
        var (r, _) = Run("import pyheap; pyheap.profile()");
        Assert.Equal("'classic'", r.Result!.Data["text/plain"]!.ToString());
        Assert.Equal("NameError", Run("x").Result.ErrorName);
    }

    [Fact]
    public void Pyheap_set_profile_also_switches_after_the_cell()
    {
        Run("import pyheap\npyheap.set_profile('classic')");
        var (r, _) = Run("import pyheap; pyheap.profile()");
        Assert.Equal("'classic'", r.Result!.Data["text/plain"]!.ToString());
        var (bad, _) = Run("pyheap.set_profile('3.9')");
        Assert.Equal("ValueError", bad.ErrorName);
    }

    [Fact]
    public void Lsmagic_lists_the_magics()
    {
        var (_, f) = Run("%lsmagic");
        Assert.Contains("%reset", f.Stdout);
        Assert.Contains("%profile", f.Stdout);
    }
}
