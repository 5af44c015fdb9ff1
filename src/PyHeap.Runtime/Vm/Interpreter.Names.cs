using PyHeap.Language.Compiling;
using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;

namespace PyHeap.Runtime.Vm;

public sealed partial class Interpreter
{
    /// <summary>
    /// The eval breaker (Python/ceval.c: eval_frame_handle_pending): interrupts (delivered to the main thread, as
    /// signals are), memory errors, and the scheduler's deadlines — a GIL drop request or a timer (Threading/Scheduler.cs).
    /// </summary>
    private void CheckEvalBreaker()
    {
        if (interruptRequested)
        {
            if (ReferenceEquals(Thread, MainThread))
            {
                interruptRequested = false;
                throw Errors.NoArgs(ExceptionTypes.KeyboardInterrupt);
            }
            Scheduler.InterruptYield(Thread);
        }
        if (InstructionCount >= Scheduler.NextCheckInstruction) Scheduler.OnEvalBreaker(Thread);
        if (memoryErrorRequested)
        {
            memoryErrorRequested = false;
            throw Errors.NoArgs(ExceptionTypes.MemoryError);
        }
    }

    private static PyException UnboundLocal(Frame frame, int index) =>
        Errors.New(ExceptionTypes.UnboundLocalError,
            $"cannot access local variable '{frame.Code.LocalsPlusNames[index].Value}' where it is not associated with a value");

    private static PyException UnboundDeref(Frame frame, int index)
    {
        var name = frame.Code.LocalsPlusNames[index].Value;
        return (frame.Code.Code.LocalsPlusKinds[index] & LocalKind.Free) != 0
            ? Errors.NameError($"cannot access free variable '{name}' where it is not associated with a value in enclosing scope")
            : UnboundLocal(frame, index);
    }

    private static PyException NameNotDefined(PyStr name)
    {
        var e = Errors.NameError($"name '{name.Value}' is not defined");
        e.Value.SetMember("name", name); // format_exc_check_arg: NameError.name, for "Did you mean" suggestions
        return e;
    }

    private static PyObject LoadName(Frame frame, PyStr name)
    {
        PyObject? v = null;
        if (frame.Locals is PyDict d && ReferenceEquals(d.Type, Types.Dict)) v = d.GetItemOrNull(name);
        else if (frame.Locals is { } mapping) v = Abstract.GetItemOrNull(mapping, name);
        else throw Errors.New(ExceptionTypes.SystemError, $"no locals when loading '{name.Value}'");
        if (v is not null && !(frame.Locals is PyDict ld && ReferenceEquals(ld.Type, Types.Dict))) return v; // already a new reference
        v ??= frame.Globals.GetItemOrNull(name) ?? frame.Builtins.GetItemOrNull(name) ?? throw NameNotDefined(name);
        RefCounts.IncRef(v);
        return v;
    }

    private static void StoreName(Frame frame, PyStr name, PyObject value)
    {
        if (frame.Locals is PyDict d && ReferenceEquals(d.Type, Types.Dict)) d.SetItem(name, value);
        else if (frame.Locals is { } mapping) Abstract.SetItem(mapping, name, value);
        else throw Errors.New(ExceptionTypes.SystemError, $"no locals found when storing '{name.Value}'");
    }

    private static void DeleteName(Frame frame, PyStr name)
    {
        if (frame.Locals is PyDict d && ReferenceEquals(d.Type, Types.Dict))
        {
            if (!d.DelItem(name)) throw NameNotDefined(name);
        }
        else if (frame.Locals is { } mapping)
        {
            Abstract.DelItem(mapping, name);
        }
    }

    private static PyObject LoadGlobal(Frame frame, PyStr name)
    {
        var v = frame.Globals.GetItemOrNull(name) ?? frame.Builtins.GetItemOrNull(name) ?? throw NameNotDefined(name);
        RefCounts.IncRef(v);
        return v;
    }

    private static PyObject LoadClassDeref(Frame frame, int index)
    {
        var name = frame.Code.LocalsPlusNames[index];
        if (frame.Locals is PyDict d && d.GetItemOrNull(name) is { } local)
        {
            RefCounts.IncRef(local);
            return local;
        }
        var v = ((PyCell)frame.Fast[index]!).Contents ?? throw UnboundDeref(frame, index);
        RefCounts.IncRef(v);
        return v;
    }

    private static void SetupAnnotations(Frame frame)
    {
        if (frame.Locals is PyDict d && d.GetItemOrNull("__annotations__") is null)
        {
            var ann = PyDict.New();
            d.SetItem("__annotations__", ann);
            RefCounts.DecRef(ann);
        }
    }
}
