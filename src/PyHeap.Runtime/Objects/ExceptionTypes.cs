namespace PyHeap.Runtime.Objects;

/// <summary>The builtin exception hierarchy (Objects/exceptions.c), as static types.</summary>
public static class ExceptionTypes
{
    public static readonly PyType BaseException = Make("BaseException", Types.Object);
    public static readonly PyType SystemExit = Make("SystemExit", BaseException);
    public static readonly PyType KeyboardInterrupt = Make("KeyboardInterrupt", BaseException);
    public static readonly PyType GeneratorExit = Make("GeneratorExit", BaseException);
    public static readonly PyType Exception = Make("Exception", BaseException);
    public static readonly PyType StopIteration = Make("StopIteration", Exception);
    public static readonly PyType ArithmeticError = Make("ArithmeticError", Exception);
    public static readonly PyType FloatingPointError = Make("FloatingPointError", ArithmeticError);
    public static readonly PyType OverflowError = Make("OverflowError", ArithmeticError);
    public static readonly PyType ZeroDivisionError = Make("ZeroDivisionError", ArithmeticError);
    public static readonly PyType AssertionError = Make("AssertionError", Exception);
    public static readonly PyType AttributeError = Make("AttributeError", Exception);
    public static readonly PyType BufferError = Make("BufferError", Exception);
    public static readonly PyType EOFError = Make("EOFError", Exception);
    public static readonly PyType ImportError = Make("ImportError", Exception);
    public static readonly PyType ModuleNotFoundError = Make("ModuleNotFoundError", ImportError);
    public static readonly PyType LookupError = Make("LookupError", Exception);
    public static readonly PyType IndexError = Make("IndexError", LookupError);
    public static readonly PyType KeyError = Make("KeyError", LookupError);
    public static readonly PyType MemoryError = Make("MemoryError", Exception);
    public static readonly PyType NameError = Make("NameError", Exception);
    public static readonly PyType UnboundLocalError = Make("UnboundLocalError", NameError);
    public static readonly PyType OSError = Make("OSError", Exception);
    public static readonly PyType ReferenceError = Make("ReferenceError", Exception);
    public static readonly PyType RuntimeError = Make("RuntimeError", Exception);
    public static readonly PyType NotImplementedError = Make("NotImplementedError", RuntimeError);
    public static readonly PyType RecursionError = Make("RecursionError", RuntimeError);
    public static readonly PyType SyntaxError = Make("SyntaxError", Exception);
    public static readonly PyType IndentationError = Make("IndentationError", SyntaxError);
    public static readonly PyType TabError = Make("TabError", IndentationError);
    public static readonly PyType SystemError = Make("SystemError", Exception);
    public static readonly PyType TypeError = Make("TypeError", Exception);
    public static readonly PyType ValueError = Make("ValueError", Exception);
    public static readonly PyType UnicodeError = Make("UnicodeError", ValueError);
    public static readonly PyType Warning = Make("Warning", Exception);
    public static readonly PyType DeprecationWarning = Make("DeprecationWarning", Warning);
    public static readonly PyType RuntimeWarning = Make("RuntimeWarning", Warning);
    public static readonly PyType UserWarning = Make("UserWarning", Warning);

    /// <summary>All of them, in definition order (for the builtins module).</summary>
    public static IEnumerable<PyType> All => typeof(ExceptionTypes).GetFields().Select(f => (PyType)f.GetValue(null)!);

    private static PyType Make(string name, PyType @base)
    {
        var t = Types.Make(name, 72, TypeFlags.BaseType | TypeFlags.HaveGc | TypeFlags.BaseExceptionSubclass, @base);
        TypeSetup.Register(t);
        return t;
    }
}
