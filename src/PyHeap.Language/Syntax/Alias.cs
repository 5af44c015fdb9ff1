namespace PyHeap.Language.Syntax;

/// <summary>ast.alias (Name may be dotted).</summary>
public sealed record Alias(string Name, string? AsName, SourceSpan Span) : Node(Span);
