using PyHeap.Language.Syntax;

namespace PyHeap.Language.Compiling;

public sealed partial class SymbolTable
{
    private void Analyze()
    {
        var free = new HashSet<string>();
        var global = new HashSet<string>();
        AnalyzeBlock(Top, null, free, global);
    }

    private SourceSpan DirectiveSpan(SymbolTableEntry ste, string name) =>
        ste.Directives.TryGetValue(name, out var span) ? span : new SourceSpan(ste.Line, 0, ste.Line, 0);

    /// <summary>Models analyze_name.</summary>
    private void AnalyzeName(SymbolTableEntry ste, Dictionary<string, SymbolScope> scopes, string name, SymbolFlags flags,
        HashSet<string>? bound, HashSet<string> local, HashSet<string> free, HashSet<string> global)
    {
        if ((flags & SymbolFlags.DefGlobal) != 0)
        {
            if ((flags & SymbolFlags.DefNonlocal) != 0)
                throw Error($"name '{name}' is nonlocal and global", DirectiveSpan(ste, name));
            scopes[name] = SymbolScope.GlobalExplicit;
            global.Add(name);
            bound?.Remove(name);
            return;
        }
        if ((flags & SymbolFlags.DefNonlocal) != 0)
        {
            if (bound is null)
                throw Error("nonlocal declaration not allowed at module level", DirectiveSpan(ste, name));
            if (!bound.Contains(name))
                throw Error($"no binding for nonlocal '{name}' found", DirectiveSpan(ste, name));
            scopes[name] = SymbolScope.Free;
            ste.HasFree = true;
            free.Add(name);
            return;
        }
        if ((flags & SymbolFlags.DefBound) != 0)
        {
            scopes[name] = SymbolScope.Local;
            local.Add(name);
            global.Remove(name);
            return;
        }
        // Bound in an enclosing function: free here.
        if (bound is not null && bound.Contains(name))
        {
            scopes[name] = SymbolScope.Free;
            ste.HasFree = true;
            free.Add(name);
            return;
        }
        if (global.Contains(name))
        {
            scopes[name] = SymbolScope.GlobalImplicit;
            return;
        }
        if (ste.IsNested) ste.HasFree = true;
        scopes[name] = SymbolScope.GlobalImplicit;
    }

    /// <summary>Models analyze_block.</summary>
    private void AnalyzeBlock(SymbolTableEntry ste, HashSet<string>? bound, HashSet<string> free, HashSet<string> global)
    {
        var local = new HashSet<string>();
        var scopes = new Dictionary<string, SymbolScope>();
        var newGlobal = new HashSet<string>();
        var newFree = new HashSet<string>();
        var newBound = new HashSet<string>();

        // A class namespace is invisible to nested functions: pass the enclosing sets through unchanged.
        if (ste.Type == BlockType.Class)
        {
            newGlobal.UnionWith(global);
            if (bound is not null) newBound.UnionWith(bound);
        }
        foreach (var (name, flags) in ste.Symbols)
            AnalyzeName(ste, scopes, name, flags, bound, local, free, global);

        if (ste.Type != BlockType.Class)
        {
            if (ste.Type == BlockType.Function) newBound.UnionWith(local);
            if (bound is not null) newBound.UnionWith(bound);
            newGlobal.UnionWith(global);
        }
        else
        {
            newBound.Add("__class__");
        }

        var allFree = new HashSet<string>();
        foreach (var child in ste.Children)
        {
            var tempBound = new HashSet<string>(newBound);
            var tempFree = new HashSet<string>(newFree);
            var tempGlobal = new HashSet<string>(newGlobal);
            AnalyzeBlock(child, tempBound, tempFree, tempGlobal);
            allFree.UnionWith(tempFree);
            if (child.HasFree || child.ChildFree) ste.ChildFree = true;
        }
        newFree.UnionWith(allFree);

        if (ste.Type == BlockType.Function)
        {
            // analyze_cells: locals captured by children become cells.
            foreach (var name in scopes.Keys.ToList())
            {
                if (scopes[name] != SymbolScope.Local || !newFree.Contains(name)) continue;
                scopes[name] = SymbolScope.Cell;
                newFree.Remove(name);
            }
        }
        else if (ste.Type == BlockType.Class)
        {
            // drop_class_free
            if (newFree.Remove("__class__")) ste.NeedsClassClosure = true;
        }
        UpdateSymbols(ste, scopes, bound, newFree, ste.Type == BlockType.Class);
        free.UnionWith(newFree);
    }

    /// <summary>Models update_symbols.</summary>
    private static void UpdateSymbols(SymbolTableEntry ste, Dictionary<string, SymbolScope> scopes, HashSet<string>? bound,
        HashSet<string> free, bool classFlag)
    {
        foreach (var (name, scope) in scopes) ste.Scopes[name] = scope;
        foreach (var name in free)
        {
            if (ste.Symbols.TryGetValue(name, out var v))
            {
                // A method's free variable that is also bound in the class body.
                if (classFlag && (v & (SymbolFlags.DefBound | SymbolFlags.DefGlobal)) != 0)
                    ste.Symbols[name] = v | SymbolFlags.DefFreeClass;
                continue;
            }
            if (bound is not null && !bound.Contains(name)) continue;
            ste.Symbols[name] = SymbolFlags.None;
            ste.Scopes[name] = SymbolScope.Free;
        }
    }
}
