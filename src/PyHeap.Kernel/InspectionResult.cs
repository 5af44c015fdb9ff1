namespace PyHeap.Kernel;

/// <summary>inspect_reply: whether the name was found, and what the memory inspector says about it.</summary>
public sealed record InspectionResult(bool Found, DisplayBundle? Bundle);
