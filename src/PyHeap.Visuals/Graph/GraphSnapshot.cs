using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;
using QuikGraph;
using QuikGraph.Algorithms;

namespace PyHeap.Visuals.Graph;

/// <summary>
/// The objects reachable from some roots, breadth first to a depth, with labelled references and the
/// reference cycles (strongly connected components, found with QuikGraph) among them. Class pointers are
/// left out (every instance has one), and immortal objects, classes, functions and modules are drawn but
/// not followed. Capped at <see cref="GraphSnapshot.NodeLimit"/> objects; <see cref="Omitted"/> says how many more there were.
/// </summary>
public sealed record GraphSnapshot(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges, int Omitted, int NodeLimit, int Depth)
{
    /// <summary>
    /// With <paramref name="rootsHeldByCaller"/> (a magic that evaluated the expressions holds each value once),
    /// a root's count is shown without that reference, as the user's program sees it.
    /// </summary>
    public static GraphSnapshot Take(Interpreter interp, IReadOnlyList<(string Name, PyObject Value)> roots, int depth = 3, int nodeLimit = 40,
        bool rootsHeldByCaller = false)
    {
        var nodes = new Dictionary<PyObject, GraphNode>(ReferenceEqualityComparer.Instance);
        var edges = new List<GraphEdge>();
        var names = new List<GraphNode>();
        var queue = new Queue<(PyObject Obj, int Level)>();
        var omitted = new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        string Add(PyObject o, int level)
        {
            if (nodes.TryGetValue(o, out var existing)) return existing.Id;
            if (nodes.Count >= nodeLimit)
            {
                omitted.Add(o);
                return "";
            }
            var expand = level < depth && Expandable(o);
            var node = new GraphNode($"o{nodes.Count}", o.Type.Name, ShortRepr.Of(o, 28), o.RefCount, o.Address, false, o.IsImmortal, expand);
            nodes[o] = node;
            if (expand) queue.Enqueue((o, level));
            return node.Id;
        }
        foreach (var (name, value) in roots)
        {
            var nameNode = new GraphNode($"n{names.Count}", "name", name, 0, 0, true, false, true);
            names.Add(nameNode);
            var id = Add(value, 0);
            if (id.Length > 0) edges.Add(new GraphEdge(nameNode.Id, id, ""));
        }
        while (queue.Count > 0)
        {
            var (obj, level) = queue.Dequeue();
            var from = nodes[obj].Id;
            foreach (var (label, child) in References.Of(obj))
            {
                var to = Add(child, level + 1);
                if (to.Length > 0) edges.Add(new GraphEdge(from, to, label));
            }
        }
        if (rootsHeldByCaller)
            foreach (var (_, value) in roots)
                if (nodes.TryGetValue(value, out var n) && !n.Immortal) nodes[value] = n with { RefCount = n.RefCount - 1 };
        var cycles = Cycles(nodes.Values.ToList(), edges);
        var all = names.Concat(nodes.Values.Select(n => cycles.TryGetValue(n.Id, out var c) ? n with { Cycle = c } : n)).ToList();
        return new GraphSnapshot(all, edges, omitted.Count, nodeLimit, depth);
    }

    private static bool Expandable(PyObject o) => !o.IsImmortal && o is not (PyType or PyFunction or PyModule or PyStr or PyCode);

    /// <summary>Node id → cycle number, for the components of more than one object (or an object referring to itself).</summary>
    private static Dictionary<string, int> Cycles(List<GraphNode> objects, List<GraphEdge> edges)
    {
        var graph = new BidirectionalGraph<string, Edge<string>>();
        graph.AddVertexRange(objects.Select(n => n.Id));
        foreach (var e in edges.Where(e => e.From.StartsWith('o'))) graph.AddEdge(new Edge<string>(e.From, e.To));
        var components = new Dictionary<string, int>();
        graph.StronglyConnectedComponents(components);
        var result = new Dictionary<string, int>();
        var numbering = new Dictionary<int, int>();
        foreach (var group in components.GroupBy(kv => kv.Value))
        {
            var members = group.Select(kv => kv.Key).ToList();
            var cyclic = members.Count > 1 || edges.Any(e => e.From == members[0] && e.To == members[0]);
            if (!cyclic) continue;
            var number = numbering.Count;
            numbering[group.Key] = number;
            foreach (var m in members) result[m] = number;
        }
        return result;
    }
}
