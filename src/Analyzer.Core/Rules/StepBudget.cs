using System.Collections;

namespace Analyzer.Core.Rules;

/// <summary>
/// The work one criterion may do on one proposal, counted in steps: one call of a lambda in a rule, one item of a
/// list, or one character of text the rule reads from the proposal or its facts. A rule is user-written, and a query
/// nested in a query over a long list can run for days; counting steps stops it at the limit as that criterion's
/// error. Steps are counted, not timed, so where a rule stops does not depend on the machine, and the report stays the
/// same bytes everywhere. Counting text as well as items keeps the bound real when the items are long: every text a
/// rule compares, searches or joins was read, and paid for, by the rule itself.
/// </summary>
/// <remarks>
/// The count is per thread: a criterion is evaluated on one thread from start to end, and a batch evaluates
/// proposals on several threads at once. Rules called outside <see cref="Open"/> (tools, tests) are not counted.
/// </remarks>
public static class StepBudget
{
    /// <summary>
    /// Ten million steps take about a second at worst. Every shipped criterion is linear in what it reads: with every
    /// list of a proposal at once as long as a 1 MiB file allows, the costliest (RH-01) takes about four million.
    /// </summary>
    public const long DefaultLimit = 10_000_000;

    [ThreadStatic]
    private static long t_left;

    [ThreadStatic]
    private static long t_limit; // 0: no budget is open on this thread

    /// <summary>Opens a budget of <paramref name="limit"/> steps on this thread until the scope is disposed.</summary>
    public static Scope Open(long limit = DefaultLimit)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var scope = new Scope(t_left, t_limit);
        t_left = limit;
        t_limit = limit;
        return scope;
    }

    /// <summary>Steps taken in the open budget so far.</summary>
    public static long Used => t_limit == 0 ? 0 : t_limit - Math.Max(0, t_left);

    /// <summary>Called at the start of every lambda body of an instrumented rule.</summary>
    internal static void Step() => Take(1);

    /// <summary>
    /// Wraps every read of a list (an array, the challenges map, its keys or values): each item is a step, and so is
    /// each character of the text it holds, since comparing, joining or searching the items goes over that text.
    /// </summary>
    internal static T? Read<T>(T? items) where T : class, ICollection
    {
        if (items is not null)
        {
            Take(items.Count + Characters(items));
        }
        return items;
    }

    /// <summary>Wraps every read of a text: each character is a step (a text may be most of a 1 MiB file).</summary>
    internal static string? ReadText(string? text)
    {
        if (text is not null)
        {
            Take(text.Length);
        }
        return text;
    }

    // Arrays and the challenges map are summed without an enumerator on the heap: a rule reads them on every proposal.
    private static long Characters(ICollection items) => items switch
    {
        string[] texts => Sum(texts),
        Dictionary<string, string> map => Sum(map.Keys) + Sum(map.Values),
        Dictionary<string, string>.KeyCollection keys => Sum(keys),
        Dictionary<string, string>.ValueCollection values => Sum(values),
        IEnumerable<string> texts => Sum(texts),
        _ => 0,
    };

    private static long Sum(ReadOnlySpan<string?> texts)
    {
        long sum = 0;
        foreach (var text in texts)
        {
            sum += text?.Length ?? 0;
        }
        return sum;
    }

    private static long Sum(Dictionary<string, string>.KeyCollection texts)
    {
        long sum = 0;
        foreach (var text in texts)
        {
            sum += text.Length;
        }
        return sum;
    }

    private static long Sum(Dictionary<string, string>.ValueCollection texts)
    {
        long sum = 0;
        foreach (var text in texts)
        {
            sum += text?.Length ?? 0;
        }
        return sum;
    }

    private static long Sum(IEnumerable<string?> texts)
    {
        long sum = 0;
        foreach (var text in texts)
        {
            sum += text?.Length ?? 0;
        }
        return sum;
    }

    private static void Take(long steps)
    {
        if ((t_left -= steps) < 0)
        {
            Exhausted();
        }
    }

    private static void Exhausted()
    {
        if (t_limit == 0)
        {
            t_left = long.MaxValue; // no budget open: counting goes on, uselessly but harmlessly
            return;
        }
        throw new StepLimitExceededException(t_limit);
    }

    /// <summary>Restores the budget that was open before, so budgets nest.</summary>
    public readonly struct Scope : IDisposable
    {
        private readonly long _left;
        private readonly long _limit;

        internal Scope(long left, long limit)
        {
            _left = left;
            _limit = limit;
        }

        public void Dispose()
        {
            t_left = _left;
            t_limit = _limit;
        }
    }
}

/// <summary>A rule took more steps than its budget allows; the evaluator makes it that criterion's error.</summary>
public sealed class StepLimitExceededException(long limit)
    : Exception(Diagnostics.Problems.StepLimit(limit))
{
    public long Limit { get; } = limit;
}
