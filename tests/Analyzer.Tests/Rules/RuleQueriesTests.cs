using System.Linq.Expressions;
using Analyzer.Core.Rules;

namespace Analyzer.Tests.Rules;

/// <summary>
/// Compiled rules answer <c>a.Intersect(b).Any()</c> and <c>a.Except(b).Any()</c> without LINQ's hash set when
/// <c>b</c> is short; the answer and any exception must be LINQ's, for short and long lists, duplicates and nulls.
/// </summary>
public sealed class RuleQueriesTests
{
    private static readonly Expression<Func<string?[]?, string?[]?, bool>> Intersecting = (a, b) => a!.Intersect(b!).Any();
    private static readonly Expression<Func<string?[]?, string?[]?, bool>> Excepting = (a, b) => a!.Except(b!).Any();

    public static TheoryData<string?[]?, string?[]?> Cases()
    {
        var data = new TheoryData<string?[]?, string?[]?>
        {
            { null, ["a"] }, { ["a"], null }, { null, null }, { [], [] }, { [], ["a"] }, { ["a"], [] },
            { ["a", "a"], ["a"] }, { ["a", null], [null] }, { [null], ["b"] }, { ["x", "y"], ["y", "z"] },
        };
        var random = new Random(11);
        for (var i = 0; i < 60; i++)
        {
            // Lengths either side of the point where a set is built; few distinct values, so both answers occur.
            data.Add(Strings(random, random.Next(0, 40)), Strings(random, random.Next(0, 40)));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Rewrite_AnyOverIntersectOrExcept_SameAnswerOrSameErrorAsLinq(string?[]? first, string?[]? second)
    {
        foreach (var query in new[] { Intersecting, Excepting })
        {
            var rewritten = RuleQueries.Rewrite(query);
            Assert.NotEqual(query.ToString(), rewritten.ToString());
            Assert.Equal(Outcome(query.Compile(), first, second), Outcome(rewritten.Compile(), first, second));
        }
    }

    private static string Outcome(Func<string?[]?, string?[]?, bool> query, string?[]? first, string?[]? second)
    {
        try
        {
            return query(first, second).ToString();
        }
        catch (Exception e)
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }

    private static string?[] Strings(Random random, int count) =>
        [.. Enumerable.Range(0, count).Select(_ => random.Next(0, 30) is var n && n == 0 ? null : $"id-{n}")];
}
