using PyHeap.Runtime.Memory;
using PyHeap.Runtime.Objects;
using PyHeap.Runtime.Vm;

namespace PyHeap.Runtime.Builtins;

/// <summary>
/// list.sort (Objects/listobject.c: list_sort_impl and the timsort/powersort MergeState functions), ported step
/// by step so the sequence of <c>&lt;</c> comparisons — visible through a Python <c>__lt__</c> — is CPython's.
/// Keys and values move together; values is null when there is no key function.
/// </summary>
public sealed class ListSort
{
    private const int MinGallopInitial = 7;
    private const int MaxMergePending = 85;

    private readonly PyObject[] keys;
    private readonly PyObject[]? values;
    private readonly int listLength;
    private readonly int[] runBase = new int[MaxMergePending];
    private readonly int[] runLen = new int[MaxMergePending];
    private readonly int[] runPower = new int[MaxMergePending];
    private int pending;
    private int minGallop = MinGallopInitial;
    private PyObject[] tmpKeys = [];
    private PyObject[]? tmpValues;

    private ListSort(PyObject[] keys, PyObject[]? values, int length)
    {
        this.keys = keys;
        this.values = values;
        listLength = length;
        if (values is not null) tmpValues = [];
    }

    /// <summary>
    /// Models Objects/listobject.c: list_sort_impl — the list is emptied while sorting; keys are computed first;
    /// "list modified during sort" when the list was touched meanwhile (and no other error happened).
    /// </summary>
    public static void Sort(PyList list, PyObject? keyfunc, bool reverse)
    {
        if (keyfunc is PyNone) keyfunc = null;
        var saved = list.BeginSort();
        var n = saved.Count;
        var items = saved.Items;
        PyObject[]? keys = null;
        if (keyfunc is not null)
        {
            keys = new PyObject[n];
            var interp = Interpreter.Current;
            for (var i = 0; i < n; i++)
            {
                try
                {
                    keys[i] = interp.CallObject(keyfunc, [items[i]], null);
                }
                catch
                {
                    for (var j = i - 1; j >= 0; j--) RefCounts.DecRef(keys[j]);
                    list.EndSort(saved);
                    throw;
                }
            }
        }
        var ok = false;
        try
        {
            if (n > 1)
            {
                if (reverse)
                {
                    if (keys is not null) Array.Reverse(keys, 0, n);
                    Array.Reverse(items, 0, n);
                }
                new ListSort(keys ?? items, keys is null ? null : items, n).Run();
            }
            ok = true;
        }
        finally
        {
            if (keys is not null)
                for (var i = 0; i < n; i++) RefCounts.DecRef(keys[i]);
            if (reverse && n > 1) Array.Reverse(items, 0, n);
            var modified = list.EndSort(saved);
            if (ok && modified) throw Errors.ValueError("list modified during sort");
        }
    }

    /// <summary>The natural-run loop of list_sort_impl, then merge_force_collapse.</summary>
    private void Run()
    {
        var nremaining = listLength;
        var minrun = ComputeMinRun(nremaining);
        var lo = 0;
        do
        {
            var n = CountRun(lo, lo + nremaining, out var descending);
            if (descending) ReverseRange(lo, n);
            if (n < minrun)
            {
                var force = nremaining <= minrun ? nremaining : minrun;
                BinarySort(lo, lo + force, lo + n);
                n = force;
            }
            FoundNewRun(n);
            runBase[pending] = lo;
            runLen[pending] = n;
            pending++;
            lo += n;
            nremaining -= n;
        }
        while (nremaining > 0);
        MergeForceCollapse();
    }

    /// <summary>ISLT: PyObject_RichCompareBool(x, y, Py_LT) (exact small ints and floats compared directly, as the unsafe_* compares do).</summary>
    private static bool Lt(PyObject x, PyObject y)
    {
        if (x.Type == Types.Int && y.Type == Types.Int)
        {
            var a = (PyInt)x;
            var b = (PyInt)y;
            if (!a.IsBig && !b.IsBig) return a.Value < b.Value;
        }
        else if (x.Type == Types.Float && y.Type == Types.Float)
        {
            return ((PyFloat)x).Value < ((PyFloat)y).Value;
        }
        return Abstract.RichCompareBool(x, y, CompareOp.Lt);
    }

    private void ReverseRange(int lo, int n)
    {
        Array.Reverse(keys, lo, n);
        if (values is not null) Array.Reverse(values, lo, n);
    }

    /// <summary>merge_compute_minrun.</summary>
    private static int ComputeMinRun(int n)
    {
        var r = 0;
        while (n >= 64)
        {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    /// <summary>binarysort: [lo, start) is sorted; inserts [start, hi) by binary search (stable).</summary>
    private void BinarySort(int lo, int hi, int start)
    {
        if (lo == start) start++;
        for (; start < hi; start++)
        {
            var l = lo;
            var r = start;
            var pivot = keys[r];
            do
            {
                var p = l + ((r - l) >> 1);
                if (Lt(pivot, keys[p])) r = p;
                else l = p + 1;
            }
            while (l < r);
            Array.Copy(keys, l, keys, l + 1, start - l);
            keys[l] = pivot;
            if (values is not null)
            {
                var vpivot = values[start];
                Array.Copy(values, l, values, l + 1, start - l);
                values[l] = vpivot;
            }
        }
    }

    /// <summary>count_run: the length of the ascending (or strictly descending) run at lo.</summary>
    private int CountRun(int lo, int hi, out bool descending)
    {
        descending = false;
        lo++;
        if (lo == hi) return 1;
        var n = 2;
        if (Lt(keys[lo], keys[lo - 1]))
        {
            descending = true;
            for (lo++; lo < hi; lo++, n++)
                if (!Lt(keys[lo], keys[lo - 1])) break;
        }
        else
        {
            for (lo++; lo < hi; lo++, n++)
                if (Lt(keys[lo], keys[lo - 1])) break;
        }
        return n;
    }

    /// <summary>gallop_left: k with a[k-1] &lt; key &lt;= a[k] in the n items of <paramref name="arr"/> at <paramref name="a"/>.</summary>
    private static int GallopLeft(PyObject key, PyObject[] arr, int a, int n, int hint)
    {
        a += hint;
        var lastofs = 0;
        var ofs = 1;
        if (Lt(arr[a], key))
        {
            var maxofs = n - hint;
            while (ofs < maxofs)
            {
                if (Lt(arr[a + ofs], key))
                {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                }
                else
                {
                    break;
                }
            }
            if (ofs > maxofs) ofs = maxofs;
            lastofs += hint;
            ofs += hint;
        }
        else
        {
            var maxofs = hint + 1;
            while (ofs < maxofs)
            {
                if (Lt(arr[a - ofs], key)) break;
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) ofs = maxofs;
            var k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        }
        a -= hint;
        lastofs++;
        while (lastofs < ofs)
        {
            var m = lastofs + ((ofs - lastofs) >> 1);
            if (Lt(arr[a + m], key)) lastofs = m + 1;
            else ofs = m;
        }
        return ofs;
    }

    /// <summary>gallop_right: k with a[k-1] &lt;= key &lt; a[k].</summary>
    private static int GallopRight(PyObject key, PyObject[] arr, int a, int n, int hint)
    {
        a += hint;
        var lastofs = 0;
        var ofs = 1;
        if (Lt(key, arr[a]))
        {
            var maxofs = hint + 1;
            while (ofs < maxofs)
            {
                if (Lt(key, arr[a - ofs]))
                {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                }
                else
                {
                    break;
                }
            }
            if (ofs > maxofs) ofs = maxofs;
            var k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        }
        else
        {
            var maxofs = n - hint;
            while (ofs < maxofs)
            {
                if (Lt(key, arr[a + ofs])) break;
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            }
            if (ofs > maxofs) ofs = maxofs;
            lastofs += hint;
            ofs += hint;
        }
        a -= hint;
        lastofs++;
        while (lastofs < ofs)
        {
            var m = lastofs + ((ofs - lastofs) >> 1);
            if (Lt(key, arr[a + m])) ofs = m;
            else lastofs = m + 1;
        }
        return ofs;
    }

    private void GetMem(int need)
    {
        if (tmpKeys.Length >= need) return;
        tmpKeys = new PyObject[need];
        if (values is not null) tmpValues = new PyObject[need];
    }

    /// <summary>Copies n keys (and values) between the list array and the temp array (memmove semantics).</summary>
    private void Move(bool fromTmp, int src, bool toTmp, int dst, int n)
    {
        if (n <= 0) return;
        Array.Copy(fromTmp ? tmpKeys : keys, src, toTmp ? tmpKeys : keys, dst, n);
        if (values is not null) Array.Copy(fromTmp ? tmpValues! : values, src, toTmp ? tmpValues! : values, dst, n);
    }

    /// <summary>merge_lo: merges na items at pa with nb items at pb = pa + na, na &lt;= nb, using temp space for A.</summary>
    private void MergeLo(int pa, int na, int pb, int nb)
    {
        GetMem(na);
        Move(false, pa, true, 0, na);
        var dest = pa;
        pa = 0;
        Move(false, pb++, false, dest++, 1);
        nb--;
        try
        {
            if (nb == 0) goto Succeed;
            if (na == 1) goto CopyB;
            var mg = minGallop;
            for (;;)
            {
                var acount = 0;
                var bcount = 0;
                for (;;)
                {
                    if (Lt(keys[pb], tmpKeys[pa]))
                    {
                        Move(false, pb++, false, dest++, 1);
                        bcount++;
                        acount = 0;
                        nb--;
                        if (nb == 0) goto Succeed;
                        if (bcount >= mg) break;
                    }
                    else
                    {
                        Move(true, pa++, false, dest++, 1);
                        acount++;
                        bcount = 0;
                        na--;
                        if (na == 1) goto CopyB;
                        if (acount >= mg) break;
                    }
                }
                mg++;
                do
                {
                    if (mg > 1) mg--;
                    minGallop = mg;
                    var k = GallopRight(keys[pb], tmpKeys, pa, na, 0);
                    acount = k;
                    if (k != 0)
                    {
                        Move(true, pa, false, dest, k);
                        dest += k;
                        pa += k;
                        na -= k;
                        if (na == 1) goto CopyB;
                        if (na == 0) goto Succeed;
                    }
                    Move(false, pb++, false, dest++, 1);
                    nb--;
                    if (nb == 0) goto Succeed;
                    k = GallopLeft(tmpKeys[pa], keys, pb, nb, 0);
                    bcount = k;
                    if (k != 0)
                    {
                        Move(false, pb, false, dest, k);
                        dest += k;
                        pb += k;
                        nb -= k;
                        if (nb == 0) goto Succeed;
                    }
                    Move(true, pa++, false, dest++, 1);
                    na--;
                    if (na == 1) goto CopyB;
                }
                while (acount >= MinGallopInitial || bcount >= MinGallopInitial);
                mg++;
                minGallop = mg;
            }
        Succeed:
            Move(true, pa, false, dest, na);
            return;
        CopyB:
            // The last element of A belongs at the end of the merge.
            Move(false, pb, false, dest, nb);
            Move(true, pa, false, dest + nb, 1);
        }
        catch
        {
            Move(true, pa, false, dest, na);
            throw;
        }
    }

    /// <summary>merge_hi: like merge_lo but na &gt;= nb; B goes to temp space and the merge runs from the right.</summary>
    private void MergeHi(int pa, int na, int pb, int nb)
    {
        GetMem(nb);
        var dest = pb + nb - 1;
        Move(false, pb, true, 0, nb);
        var basea = pa;
        pb = nb - 1;
        pa += na - 1;
        Move(false, pa--, false, dest--, 1);
        na--;
        try
        {
            if (na == 0) goto Succeed;
            if (nb == 1) goto CopyA;
            var mg = minGallop;
            for (;;)
            {
                var acount = 0;
                var bcount = 0;
                for (;;)
                {
                    if (Lt(tmpKeys[pb], keys[pa]))
                    {
                        Move(false, pa--, false, dest--, 1);
                        acount++;
                        bcount = 0;
                        na--;
                        if (na == 0) goto Succeed;
                        if (acount >= mg) break;
                    }
                    else
                    {
                        Move(true, pb--, false, dest--, 1);
                        bcount++;
                        acount = 0;
                        nb--;
                        if (nb == 1) goto CopyA;
                        if (bcount >= mg) break;
                    }
                }
                mg++;
                do
                {
                    if (mg > 1) mg--;
                    minGallop = mg;
                    var k = GallopRight(tmpKeys[pb], keys, basea, na, na - 1);
                    k = na - k;
                    acount = k;
                    if (k != 0)
                    {
                        dest -= k;
                        pa -= k;
                        Move(false, pa + 1, false, dest + 1, k);
                        na -= k;
                        if (na == 0) goto Succeed;
                    }
                    Move(true, pb--, false, dest--, 1);
                    nb--;
                    if (nb == 1) goto CopyA;
                    k = GallopLeft(keys[pa], tmpKeys, 0, nb, nb - 1);
                    k = nb - k;
                    bcount = k;
                    if (k != 0)
                    {
                        dest -= k;
                        pb -= k;
                        Move(true, pb + 1, false, dest + 1, k);
                        nb -= k;
                        if (nb == 1) goto CopyA;
                        if (nb == 0) goto Succeed;
                    }
                    Move(false, pa--, false, dest--, 1);
                    na--;
                    if (na == 0) goto Succeed;
                }
                while (acount >= MinGallopInitial || bcount >= MinGallopInitial);
                mg++;
                minGallop = mg;
            }
        Succeed:
            Move(true, 0, false, dest - (nb - 1), nb);
            return;
        CopyA:
            // The first element of B belongs at the front of the merge.
            Move(false, pa + 1 - na, false, dest + 1 - na, na);
            dest -= na;
            pa -= na;
            Move(true, pb, false, dest, 1);
        }
        catch
        {
            Move(true, 0, false, dest - (nb - 1), nb);
            throw;
        }
    }

    /// <summary>merge_at: merges the runs at stack indices i and i + 1.</summary>
    private void MergeAt(int i)
    {
        var ssa = runBase[i];
        var na = runLen[i];
        var ssb = runBase[i + 1];
        var nb = runLen[i + 1];
        runLen[i] = na + nb;
        if (i == pending - 3)
        {
            runBase[i + 1] = runBase[i + 2];
            runLen[i + 1] = runLen[i + 2];
            runPower[i + 1] = runPower[i + 2];
        }
        pending--;
        var k = GallopRight(keys[ssb], keys, ssa, na, 0);
        ssa += k;
        na -= k;
        if (na == 0) return;
        nb = GallopLeft(keys[ssa + na - 1], keys, ssb, nb, nb - 1);
        if (nb <= 0) return;
        if (na <= nb) MergeLo(ssa, na, ssb, nb);
        else MergeHi(ssa, na, ssb, nb);
    }

    /// <summary>powerloop: the node depth of the boundary between two adjacent runs.</summary>
    private static int PowerLoop(long s1, long n1, long n2, long n)
    {
        var result = 0;
        var a = 2 * s1 + n1;
        var b = a + n1 + n2;
        for (;;)
        {
            result++;
            if (a >= n)
            {
                a -= n;
                b -= n;
            }
            else if (b >= n)
            {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    /// <summary>found_new_run: the powersort merge strategy.</summary>
    private void FoundNewRun(int n2)
    {
        if (pending == 0) return;
        var s1 = runBase[pending - 1];
        var n1 = runLen[pending - 1];
        var power = PowerLoop(s1, n1, n2, listLength);
        while (pending > 1 && runPower[pending - 2] > power) MergeAt(pending - 2);
        runPower[pending - 1] = power;
    }

    /// <summary>merge_force_collapse.</summary>
    private void MergeForceCollapse()
    {
        while (pending > 1)
        {
            var n = pending - 2;
            if (n > 0 && runLen[n - 1] < runLen[n + 1]) n--;
            MergeAt(n);
        }
    }
}
