using PyHeap.Visuals.Heap;

namespace PyHeap.Visuals.Tests.Heap;

public sealed class HeapSummaryTests
{
    [Fact]
    public void Heap_summary_counts_three_Node_instances_after_creating_three()
    {
        var interp = Heaps.Run("class Node:\n    def __init__(self):\n        self.next = None\nnodes = [Node(), Node(), Node()]");
        using (interp.Enter())
        {
            var s = HeapSummarySnapshot.Take(interp, top: 1000);
            var node = Assert.Single(s.Rows, r => r.TypeName == "Node");
            Assert.Equal(3, node.Count);
            Assert.Equal(3, node.Tracked);
            Assert.Equal(3, node.Generations.Sum());
            Assert.Equal(3 * Heaps.Global(interp, "nodes") switch { var l => ((PyHeap.Runtime.Objects.PyList)l)[0].AllocationSize }, node.Bytes);
            var bundle = HeapSummaryView.Render(s);
            Assert.Contains("Node", bundle.Svg);
            Assert.Matches(@"\nNode\s+3\s", bundle.Plain);
        }
    }

    [Fact]
    public void Heap_summary_sorts_by_bytes_and_folds_the_rest_into_others()
    {
        var interp = Heaps.Run("data = [[i] for i in range(200)]\ntext = [str(i) for i in range(50)]");
        using (interp.Enter())
        {
            var all = HeapSummarySnapshot.Take(interp, top: 1000);
            var s = HeapSummarySnapshot.Take(interp, top: 3);
            Assert.Equal(4, s.Rows.Count);
            Assert.StartsWith("others (", s.Rows[3].TypeName);
            Assert.Equal(all.Total.Count, s.Rows.Sum(r => r.Count));
            Assert.Equal(all.Total.Bytes, s.Rows.Sum(r => r.Bytes));
            Assert.True(s.Rows[0].Bytes >= s.Rows[1].Bytes && s.Rows[1].Bytes >= s.Rows[2].Bytes);
            Assert.Equal("list", all.Rows[0].TypeName);
            Assert.Equal(interp.Heap.LiveObjects!.Count, all.Total.Count);
        }
    }

    [Fact]
    public void Heap_summary_splits_tracked_objects_by_generation()
    {
        var interp = Heaps.Run("import gc\nold = [[] for _ in range(5)]\ngc.collect()\nyoung = [[] for _ in range(4)]");
        using (interp.Enter())
        {
            var list = Assert.Single(HeapSummarySnapshot.Take(interp, top: 1000).Rows, r => r.TypeName == "list");
            Assert.True(list.Generations[2] >= 6, "the collected lists were promoted to generation 2");
            Assert.True(list.Generations[0] >= 5, "the new lists are in generation 0");
            var bundle = HeapSummaryView.Render(HeapSummarySnapshot.Take(interp));
            Assert.NotNull(bundle.Plotly);
            Assert.Equal("stack", bundle.Plotly!["layout"]!["barmode"]!.ToString());
            Assert.Contains("generation 2", bundle.Svg);
        }
    }
}
