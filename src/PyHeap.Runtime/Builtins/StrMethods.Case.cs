using PyHeap.Runtime.Formatting;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Builtins;

public static partial class StrMethods
{
    private static void InstallCase(PyType t)
    {
        // Case mappings always build a new str (Objects/unicodeobject.c: case_operation / ascii_upper_or_lower).
        Transform(t, "upper", StrOps.Upper);
        Transform(t, "lower", StrOps.Lower);
        Transform(t, "casefold", StrOps.Casefold);
        Transform(t, "capitalize", StrOps.Capitalize);
        Transform(t, "title", StrOps.Title);
        Transform(t, "swapcase", StrOps.SwapCase);
        Predicate(t, "isdigit", StrOps.IsDigit);
        Predicate(t, "isalpha", StrOps.IsAlpha);
        Predicate(t, "isalnum", StrOps.IsAlnum);
        Predicate(t, "isspace", StrOps.IsSpace);
        Predicate(t, "isupper", StrOps.IsUpper);
        Predicate(t, "islower", StrOps.IsLower);
        Predicate(t, "istitle", StrOps.IsTitle);
        Predicate(t, "isidentifier", StrOps.IsIdentifier);
        Predicate(t, "isdecimal", StrOps.IsDecimal);
        Predicate(t, "isnumeric", StrOps.IsNumeric);
        Predicate(t, "isprintable", StrOps.IsPrintable);
        Predicate(t, "isascii", StrOps.IsAscii);
    }

    private static void Transform(PyType t, string name, Func<string, string> f) =>
        TypeDicts.AddMethod(t, name, (self, args, kw) =>
        {
            StrArgs.None("str", name, args, kw);
            var s = Self(self).Value;
            return s.Length == 0 ? PyStr.Empty : PyStr.From(f(s));
        });

    private static void Predicate(PyType t, string name, Func<string, bool> f) =>
        TypeDicts.AddMethod(t, name, (self, args, kw) =>
        {
            StrArgs.None("str", name, args, kw);
            return PyBool.From(f(Self(self).Value));
        });
}
