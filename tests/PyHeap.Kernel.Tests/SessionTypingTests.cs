using PyHeap.Kernel;

namespace PyHeap.Kernel.Tests;

/// <summary>Type hints and dataclasses in notebook cells: the class lives in __main__ across cells.</summary>
public sealed class SessionTypingTests : IDisposable
{
    private readonly KernelSession session = new();

    public void Dispose() => session.Dispose();

    private string Result(string code)
    {
        var r = session.Execute(new ExecuteRequest(code), new RecordingFrontend());
        Assert.Equal(ExecuteStatus.Ok, r.Status);
        return r.Result!.Data["text/plain"]!.ToString()!;
    }

    [Fact]
    public void A_dataclass_defined_in_one_cell_is_usable_in_the_next()
    {
        session.Execute(new ExecuteRequest("from dataclasses import dataclass, field\n@dataclass(order=True)\nclass Point:\n    x: int\n    y: int = 0\n    tags: list = field(default_factory=list, compare=False)"), new RecordingFrontend());
        Assert.Equal("[Point(x=1, y=5, tags=[]), Point(x=2, y=0, tags=['a'])]", Result("sorted([Point(2, tags=['a']), Point(1, 5)])"));
        Assert.Equal("('Point.__init__', 'Point(x: int, y: int = 0, tags: list = <factory>)')", Result("Point.__init__.__qualname__, Point.__doc__"));
    }

    [Fact]
    public void Slots_dataclass_instances_are_smaller_as_in_CPython()
    {
        session.Execute(new ExecuteRequest("import sys\nfrom dataclasses import dataclass\n@dataclass\nclass A:\n    x: int\n@dataclass(slots=True)\nclass B:\n    x: int"), new RecordingFrontend());
        Assert.Equal("(56, 40)", Result("sys.getsizeof(A(1)), sys.getsizeof(B(1))"));
    }

    [Fact]
    public void Generic_aliases_and_typing_names_are_cell_results()
    {
        Assert.Equal("dict[str, list[int]]", Result("dict[str, list[int]]"));
        Assert.Equal("int | None", Result("int | None"));
        Assert.Equal(ExecuteStatus.Ok, session.Execute(new ExecuteRequest("from typing import *"), new RecordingFrontend()).Status);
        Assert.Equal("typing.Optional[typing.List[int]]", Result("Optional[List[int]]"));
    }
}
