namespace PyHeap.Runtime.Diagnostics;

/// <summary>The kinds of holder a reference can come from.</summary>
public enum ReferrerKind
{
    /// <summary>A name in a module's namespace (a global).</summary>
    Global,

    /// <summary>A local variable or cell slot of a running function's frame.</summary>
    Local,

    /// <summary>The evaluation (value) stack of a running frame: arguments being passed, temporaries.</summary>
    ValueStack,

    /// <summary>An item of a list or tuple, a dict value or key, a set member.</summary>
    Container,

    /// <summary>An attribute of an instance, a class or a module.</summary>
    Attribute,

    /// <summary>A closure cell.</summary>
    Cell,

    /// <summary>Any other object's internal reference (a function's code, an object's type …).</summary>
    Internal,

    /// <summary>The interpreter itself (sys.modules, builtins, the runtime's own temporaries).</summary>
    Interpreter,

    /// <summary>References the finder could not attribute (the audit would flag them).</summary>
    Unexplained,
}
