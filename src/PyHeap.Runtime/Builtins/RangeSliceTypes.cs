namespace PyHeap.Runtime.Builtins;

/// <summary>Installs range (with its iterators) and slice.</summary>
public static class RangeSliceTypes
{
    public static void Install()
    {
        RangeType.Install();
        SliceType.Install();
    }
}
