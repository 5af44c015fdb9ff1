namespace PyHeap.Runtime.Objects;

/// <summary>
/// The builtin exception hierarchy (Objects/exceptions.c), as static types, in the order 3.11's builtins
/// module lists them. Basic sizes are 3.11's (64-bit); the extra fields of StopIteration, SystemExit,
/// NameError, AttributeError, ImportError and SyntaxError are <see cref="PyBaseException.Members"/>.
/// </summary>
public static class ExceptionTypes
{
    public static readonly PyType BaseException = Make("BaseException", Types.Object);
    public static readonly PyType BaseExceptionGroup = Make("BaseExceptionGroup", BaseException, 88);
    public static readonly PyType Exception = Make("Exception", BaseException);
    public static readonly PyType GeneratorExit = Make("GeneratorExit", BaseException);
    public static readonly PyType KeyboardInterrupt = Make("KeyboardInterrupt", BaseException);
    public static readonly PyType SystemExit = Make("SystemExit", BaseException, 80);
    public static readonly PyType ArithmeticError = Make("ArithmeticError", Exception);
    public static readonly PyType AssertionError = Make("AssertionError", Exception);
    public static readonly PyType AttributeError = Make("AttributeError", Exception, 88);
    public static readonly PyType BufferError = Make("BufferError", Exception);
    public static readonly PyType EOFError = Make("EOFError", Exception);
    public static readonly PyType ImportError = Make("ImportError", Exception, 96);
    public static readonly PyType LookupError = Make("LookupError", Exception);
    public static readonly PyType MemoryError = Make("MemoryError", Exception);
    public static readonly PyType NameError = Make("NameError", Exception, 80);
    public static readonly PyType OSError = Make("OSError", Exception, 112);
    public static readonly PyType ReferenceError = Make("ReferenceError", Exception);
    public static readonly PyType RuntimeError = Make("RuntimeError", Exception);
    public static readonly PyType StopAsyncIteration = Make("StopAsyncIteration", Exception);
    public static readonly PyType StopIteration = Make("StopIteration", Exception, 80);
    public static readonly PyType SyntaxError = Make("SyntaxError", Exception, 136);
    public static readonly PyType SystemError = Make("SystemError", Exception);
    public static readonly PyType TypeError = Make("TypeError", Exception);
    public static readonly PyType ValueError = Make("ValueError", Exception);
    public static readonly PyType Warning = Make("Warning", Exception);
    public static readonly PyType FloatingPointError = Make("FloatingPointError", ArithmeticError);
    public static readonly PyType OverflowError = Make("OverflowError", ArithmeticError);
    public static readonly PyType ZeroDivisionError = Make("ZeroDivisionError", ArithmeticError);
    public static readonly PyType BytesWarning = Make("BytesWarning", Warning);
    public static readonly PyType DeprecationWarning = Make("DeprecationWarning", Warning);
    public static readonly PyType EncodingWarning = Make("EncodingWarning", Warning);
    public static readonly PyType FutureWarning = Make("FutureWarning", Warning);
    public static readonly PyType ImportWarning = Make("ImportWarning", Warning);
    public static readonly PyType PendingDeprecationWarning = Make("PendingDeprecationWarning", Warning);
    public static readonly PyType ResourceWarning = Make("ResourceWarning", Warning);
    public static readonly PyType RuntimeWarning = Make("RuntimeWarning", Warning);
    public static readonly PyType SyntaxWarning = Make("SyntaxWarning", Warning);
    public static readonly PyType UnicodeWarning = Make("UnicodeWarning", Warning);
    public static readonly PyType UserWarning = Make("UserWarning", Warning);
    public static readonly PyType BlockingIOError = Make("BlockingIOError", OSError, 112);
    public static readonly PyType ChildProcessError = Make("ChildProcessError", OSError, 112);
    public static readonly PyType ConnectionError = Make("ConnectionError", OSError, 112);
    public static readonly PyType FileExistsError = Make("FileExistsError", OSError, 112);
    public static readonly PyType FileNotFoundError = Make("FileNotFoundError", OSError, 112);
    public static readonly PyType InterruptedError = Make("InterruptedError", OSError, 112);
    public static readonly PyType IsADirectoryError = Make("IsADirectoryError", OSError, 112);
    public static readonly PyType NotADirectoryError = Make("NotADirectoryError", OSError, 112);
    public static readonly PyType PermissionError = Make("PermissionError", OSError, 112);
    public static readonly PyType ProcessLookupError = Make("ProcessLookupError", OSError, 112);
    public static readonly PyType TimeoutError = Make("TimeoutError", OSError, 112);
    public static readonly PyType IndentationError = Make("IndentationError", SyntaxError, 136);
    public static readonly PyType IndexError = Make("IndexError", LookupError);
    public static readonly PyType KeyError = Make("KeyError", LookupError);
    public static readonly PyType ModuleNotFoundError = Make("ModuleNotFoundError", ImportError, 96);
    public static readonly PyType NotImplementedError = Make("NotImplementedError", RuntimeError);
    public static readonly PyType RecursionError = Make("RecursionError", RuntimeError);
    public static readonly PyType UnboundLocalError = Make("UnboundLocalError", NameError, 80);
    public static readonly PyType UnicodeError = Make("UnicodeError", ValueError);
    public static readonly PyType BrokenPipeError = Make("BrokenPipeError", ConnectionError, 112);
    public static readonly PyType ConnectionAbortedError = Make("ConnectionAbortedError", ConnectionError, 112);
    public static readonly PyType ConnectionRefusedError = Make("ConnectionRefusedError", ConnectionError, 112);
    public static readonly PyType ConnectionResetError = Make("ConnectionResetError", ConnectionError, 112);
    public static readonly PyType TabError = Make("TabError", IndentationError, 136);
    public static readonly PyType UnicodeDecodeError = Make("UnicodeDecodeError", UnicodeError, 112);
    public static readonly PyType UnicodeEncodeError = Make("UnicodeEncodeError", UnicodeError, 112);
    public static readonly PyType UnicodeTranslateError = Make("UnicodeTranslateError", UnicodeError, 112);

    // 3.11's ExceptionGroup also derives from Exception; PyHeap cannot create groups (they raise NotImplementedError).
    public static readonly PyType ExceptionGroup = Make("ExceptionGroup", BaseExceptionGroup, 96);

    /// <summary>All of them, in definition order (for the builtins module).</summary>
    public static IEnumerable<PyType> All => typeof(ExceptionTypes).GetFields().Select(f => (PyType)f.GetValue(null)!);

    /// <summary>
    /// The C-level fields (T_OBJECT members) an exception of <paramref name="type"/> has, in the order its
    /// tp_clear releases them; empty for most types. Heap subclasses use their static base's.
    /// </summary>
    public static string[] MemberNames(PyType type)
    {
        for (var t = type; t is not null; t = t.Base)
        {
            if (t.IsHeapType) continue;
            if (ReferenceEquals(t, StopIteration)) return StopIterationMembers;
            if (ReferenceEquals(t, SystemExit)) return SystemExitMembers;
            if (ReferenceEquals(t, NameError)) return NameErrorMembers;
            if (ReferenceEquals(t, AttributeError)) return AttributeErrorMembers;
            if (ReferenceEquals(t, ImportError)) return ImportErrorMembers;
            if (ReferenceEquals(t, SyntaxError)) return SyntaxErrorMembers;
        }
        return [];
    }

    /// <summary>Index of member <paramref name="name"/> for <paramref name="type"/>, or -1.</summary>
    public static int MemberIndex(PyType type, string name) => Array.IndexOf(MemberNames(type), name);

    private static readonly string[] StopIterationMembers = ["value"];
    private static readonly string[] SystemExitMembers = ["code"];
    private static readonly string[] NameErrorMembers = ["name"];
    private static readonly string[] AttributeErrorMembers = ["obj", "name"];
    private static readonly string[] ImportErrorMembers = ["msg", "name", "path"];
    private static readonly string[] SyntaxErrorMembers =
        ["msg", "filename", "lineno", "offset", "end_lineno", "end_offset", "text", "print_file_and_line"];

    private static PyType Make(string name, PyType @base, int basicSize = 72)
    {
        var t = Types.Make(name, basicSize, TypeFlags.BaseType | TypeFlags.HaveGc | TypeFlags.BaseExceptionSubclass, @base);
        TypeSetup.Register(t);
        return t;
    }
}
