namespace PyHeap.Language.Syntax;

/// <summary>
/// A SyntaxError (or IndentationError / TabError) found while lexing, parsing or compiling, with CPython's
/// message and position, so the runtime can raise the Python exception with the same text:
/// <c>File "prog.py", line 3</c>, the source line, a caret under <see cref="Column"/>, then
/// <c>SyntaxError: invalid syntax</c>.
/// </summary>
public sealed class PySyntaxError : Exception
{
    public PySyntaxError(string message, string fileName, int line, int column, string? sourceLine,
        string kind = "SyntaxError", int endLine = 0, int endColumn = 0)
        : base(message)
    {
        FileName = fileName;
        Line = line;
        Column = column;
        SourceLine = sourceLine;
        Kind = kind;
        EndLine = endLine == 0 ? line : endLine;
        EndColumn = endColumn == 0 ? column + 1 : endColumn;
    }

    /// <summary>"SyntaxError", "IndentationError" or "TabError".</summary>
    public string Kind { get; }
    public string FileName { get; }

    /// <summary>1-based line.</summary>
    public int Line { get; }

    /// <summary>0-based column of the error (CPython reports offset = Column + 1).</summary>
    public int Column { get; }
    public int EndLine { get; }
    public int EndColumn { get; }
    public string? SourceLine { get; }
}
