using PyHeap.Kernel;

namespace PyHeap.Kernel.Tests;

public sealed class GraphViewTests : IDisposable
{
    private readonly KernelSession session = new();

    public void Dispose() => session.Dispose();

    private string Text(string code)
    {
        var frontend = new RecordingFrontend();
        var result = session.Execute(new ExecuteRequest(code), frontend);
        Assert.True(result.Status == ExecuteStatus.Ok, string.Join("\n", result.Traceback));
        return Assert.Single(frontend.Displays).Data["text/plain"]!.ToString();
    }

    [Fact]
    public void A_two_list_cycle_is_one_highlighted_component()
    {
        var text = Text("a = []\nb = [a]\na.append(b)\n%graph a");
        var lines = text.Split('\n');
        Assert.Equal(2, lines.Count(l => l.Contains("[cycle 1]")));
        Assert.Contains(lines, l => l.StartsWith("a --> list@"));
        Assert.Contains(lines, l => l.Contains("--[0]--> list@"));
    }

    [Fact]
    public void Graph_labels_attributes_and_keys_and_shows_refcounts_without_the_magic()
    {
        var text = Text("class Node:\n    pass\nn = Node()\nn.data = {'k': [1]}\n%graph n");
        Assert.Contains("--.data--> dict@", text);
        Assert.Contains("--['k']--> list@", text);
        Assert.Matches(@"Node@0x[0-9a-f]+  Node object  refcount 1", text);
        Assert.DoesNotContain("[cycle", text);
    }

    [Fact]
    public void Graph_stops_at_its_node_limit_and_says_so()
    {
        var text = Text("big = [[i] for i in range(100)]\n%graph big --limit 10");
        Assert.Contains("more objects not drawn (limit 10)", text);
    }

    [Fact]
    public void Pyheap_graph_draws_svg()
    {
        var frontend = new RecordingFrontend();
        session.Execute(new ExecuteRequest("import pyheap\nx = [1, 2]\nx.append(x)\npyheap.graph(x, depth=1)"), frontend);
        var bundle = Assert.Single(frontend.Displays);
        Assert.StartsWith("<svg", bundle.Data["image/svg+xml"]!.ToString());
        Assert.Contains("[cycle 1]", bundle.Data["text/plain"]!.ToString());
    }
}
