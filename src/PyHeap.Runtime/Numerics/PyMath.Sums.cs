namespace PyHeap.Runtime.Numerics;

public static partial class PyMath
{
    /// <summary>math.fsum: Shewchuk's exact partials with CPython's final half-even fix-up. Models math_fsum.</summary>
    public static double Fsum(ReadOnlySpan<double> values)
    {
        var partials = new List<double>(32);
        double specialSum = 0.0;
        double infSum = 0.0;
        foreach (double value in values)
        {
            double x = value;
            double xsave = x;
            int i = 0;
            for (int j = 0; j < partials.Count; j++)
            {
                double y = partials[j];
                if (Math.Abs(x) < Math.Abs(y))
                {
                    (x, y) = (y, x);
                }

                double hi = x + y;
                double yr = hi - x;
                double lo = y - yr;
                if (lo != 0.0)
                {
                    partials[i++] = lo;
                }

                x = hi;
            }

            partials.RemoveRange(i, partials.Count - i);
            if (x != 0.0)
            {
                if (!double.IsFinite(x))
                {
                    if (double.IsFinite(xsave))
                    {
                        throw PyArithmeticError.Overflow("intermediate overflow in fsum");
                    }

                    if (double.IsInfinity(xsave))
                    {
                        infSum += xsave;
                    }

                    specialSum += xsave;
                    partials.Clear();
                }
                else
                {
                    partials.Add(x);
                }
            }
        }

        if (specialSum != 0.0)
        {
            if (double.IsNaN(infSum))
            {
                throw PyArithmeticError.Value("-inf + inf in fsum");
            }

            return specialSum;
        }

        double sum = 0.0;
        int n = partials.Count;
        if (n > 0)
        {
            sum = partials[--n];
            double lo = 0.0;
            while (n > 0)
            {
                double x = sum;
                double y = partials[--n];
                sum = x + y;
                double yr = sum - x;
                lo = y - yr;
                if (lo != 0.0)
                {
                    break;
                }
            }

            if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)))
            {
                double y = lo * 2.0;
                double x = sum + y;
                double yr = x - sum;
                if (y == yr)
                {
                    sum = x;
                }
            }
        }

        return sum;
    }

    /// <summary>math.hypot(*coordinates) (3.8+ n-dimensional). Models math_hypot / vector_norm of 3.11.</summary>
    public static double Hypot(ReadOnlySpan<double> coordinates)
    {
        double max = 0.0;
        bool foundNan = false;
        Span<double> vec = coordinates.Length <= 16 ? stackalloc double[coordinates.Length] : new double[coordinates.Length];
        for (int i = 0; i < coordinates.Length; i++)
        {
            double x = Math.Abs(coordinates[i]);
            vec[i] = x;
            foundNan |= double.IsNaN(x);
            if (x > max)
            {
                max = x;
            }
        }

        return VectorNorm(vec, max, foundNan);
    }

    /// <summary>math.dist(p, q).</summary>
    public static double Dist(ReadOnlySpan<double> p, ReadOnlySpan<double> q)
    {
        if (p.Length != q.Length)
        {
            throw PyArithmeticError.Value("both points must have the same number of dimensions");
        }

        double[] diffs = new double[p.Length];
        for (int i = 0; i < p.Length; i++)
        {
            diffs[i] = p[i] - q[i];
        }

        return Hypot(diffs);
    }

    private static double VectorNorm(Span<double> vec, double max, bool foundNan)
    {
        const double t27 = 134217729.0; // ldexp(1.0, 27) + 1.0
        if (double.IsInfinity(max))
        {
            return max;
        }

        if (foundNan)
        {
            return Nan;
        }

        if (max == 0.0 || vec.Length <= 1)
        {
            return max;
        }

        PyHash.FrExp(max, out int maxE);
        if (maxE < -1023)
        {
            const double dblMin = 2.2250738585072014e-308;
            for (int i = 0; i < vec.Length; i++)
            {
                vec[i] /= dblMin;
            }

            return dblMin * VectorNorm(vec, max / dblMin, foundNan);
        }

        double scale = Math.ScaleB(1.0, -maxE);
        double csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
        double oldcsum, t, hi, lo, x;
        for (int i = 0; i < vec.Length; i++)
        {
            x = vec[i] * scale;
            t = x * t27;
            hi = t - (t - x);
            lo = x - hi;

            x = hi * hi;
            oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;

            x = 2.0 * hi * lo;
            oldcsum = csum;
            csum += x;
            frac2 += (oldcsum - csum) + x;

            frac3 += lo * lo;
        }

        double h = Math.Sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
        x = h;
        t = x * t27;
        hi = t - (t - x);
        lo = x - hi;

        x = -hi * hi;
        oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;

        x = -2.0 * hi * lo;
        oldcsum = csum;
        csum += x;
        frac2 += (oldcsum - csum) + x;

        x = -lo * lo;
        oldcsum = csum;
        csum += x;
        frac3 += (oldcsum - csum) + x;

        x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
}
