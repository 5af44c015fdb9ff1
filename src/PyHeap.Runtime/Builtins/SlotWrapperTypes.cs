using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>The wrapper_descriptor and method-wrapper types (Objects/descrobject.c: wrapperdescr_*, wrapper_*).</summary>
public static class SlotWrapperTypes
{
    public static void Install()
    {
        var d = Types.WrapperDescriptor;
        d.Repr = self => PyStr.From(self.ToString()!);
        d.Call = (self, args, kw) => CallDescriptor((PyWrapperDescriptor)self, args, kw);
        d.DescrGet = (descr, instance, owner) =>
        {
            if (instance is null) return RefCounts.NewRef(descr);
            var w = (PyWrapperDescriptor)descr;
            if (!instance.Type.IsSubtypeOf(w.Owner))
                throw Errors.TypeError($"descriptor '{w.Name}' for '{w.Owner.Name}' objects doesn't apply to a '{instance.Type.Name}' object");
            return PyMethodWrapper.New(w, instance);
        };
        TypeDicts.AddGetSet(d, "__name__", self => PyStr.From(((PyWrapperDescriptor)self).Name));
        TypeDicts.AddGetSet(d, "__qualname__", self => PyStr.From($"{((PyWrapperDescriptor)self).Owner.Name}.{((PyWrapperDescriptor)self).Name}"));
        TypeDicts.AddGetSet(d, "__objclass__", self => RefCounts.NewRef<PyObject>(((PyWrapperDescriptor)self).Owner));

        var m = Types.MethodWrapper;
        m.Repr = self => PyStr.From(self.ToString()!);
        m.Call = (self, args, kw) => RawCall(((PyMethodWrapper)self).Descriptor, ((PyMethodWrapper)self).Self, args, kw);
        m.RichCompare = (a, b, op) =>
        {
            if (op is not (CompareOp.Eq or CompareOp.Ne) || b is not PyMethodWrapper wb) return PySingleton.NotImplemented;
            var wa = (PyMethodWrapper)a;
            var eq = ReferenceEquals(wa.Descriptor, wb.Descriptor) && ReferenceEquals(wa.Self, wb.Self);
            return PyBool.From(op == CompareOp.Eq ? eq : !eq);
        };
        m.Hash = self =>
        {
            // wrapper_hash: the pointer hashes of self and descr, xor-ed.
            var w = (PyMethodWrapper)self;
            var h = ObjectMethods.PointerHash(w.Self) ^ ObjectMethods.PointerHash(w.Descriptor);
            return h == -1 ? -2 : h;
        };
        TypeDicts.AddGetSet(m, "__self__", self => RefCounts.NewRef(((PyMethodWrapper)self).Self));
        TypeDicts.AddGetSet(m, "__name__", self => PyStr.From(((PyMethodWrapper)self).Descriptor.Name));
        TypeDicts.AddGetSet(m, "__qualname__", self =>
        {
            var w = ((PyMethodWrapper)self).Descriptor;
            return PyStr.From($"{w.Owner.Name}.{w.Name}");
        });
        TypeDicts.AddGetSet(m, "__objclass__", self => RefCounts.NewRef<PyObject>(((PyMethodWrapper)self).Descriptor.Owner));
    }

    /// <summary>wrapperdescr_call: <c>str.__len__("ab")</c> — the instance comes first and must be of the owner type.</summary>
    private static PyObject CallDescriptor(PyWrapperDescriptor d, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var npos = args.Length - (kwnames?.Count ?? 0);
        if (npos < 1) throw Errors.TypeError($"descriptor '{d.Name}' of '{d.Owner.Name}' object needs an argument");
        var self = args[0];
        if (!self.Type.IsSubtypeOf(d.Owner))
            throw Errors.TypeError($"descriptor '{d.Name}' requires a '{d.Owner.Name}' object but received a '{self.Type.Name}'");
        return RawCall(d, self, args[1..], kwnames);
    }

    /// <summary>wrapperdescr_raw_call: keywords only for PyWrapperFlag_KEYWORDS wrappers.</summary>
    private static PyObject RawCall(PyWrapperDescriptor d, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (!d.AcceptsKeywords && kwnames is { Count: > 0 })
            throw Errors.TypeError($"wrapper {d.Name}() takes no keyword arguments");
        return d.Wrapper(self, args, kwnames);
    }
}
