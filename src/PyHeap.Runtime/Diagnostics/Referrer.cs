namespace PyHeap.Runtime.Diagnostics;

/// <summary>
/// One holder of references to an object: what it is in the user's words (<c>global a</c>, <c>list@0x… [2]</c>,
/// <c>attribute node.next</c>, <c>local x of f</c>), the kind of holder, how many references it holds, and its
/// address when the holder is an object.
/// </summary>
public sealed record Referrer(string Holder, ReferrerKind Kind, long Count, long? HolderAddress = null);
