namespace PyHeap.Language.Parsing;

/// <summary>How IPython's is_complete judges a cell.</summary>
public enum CompletenessStatus
{
    Complete,
    Incomplete,
    Invalid,
}
