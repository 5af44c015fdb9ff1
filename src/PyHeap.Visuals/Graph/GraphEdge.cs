namespace PyHeap.Visuals.Graph;

/// <summary>A reference from one node to another, labelled as the holder names it (<c>[0]</c>, <c>['k']</c>, <c>.next</c>, <c>cell</c>).</summary>
public sealed record GraphEdge(string From, string To, string Label);
