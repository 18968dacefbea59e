using System.Linq.Expressions;
using Analyzer.Core.Facts;
using Analyzer.Core.Proposals;

namespace Analyzer.Core.Rules;

/// <summary>
/// One rule expression that runs interpreted for its first calls and compiled from then on. Compiling emits IL and the
/// JIT then compiles each method on its first call: about a millisecond an expression, for 150 expressions, most of
/// the cost of assessing one proposal. Interpreting them costs little to start and is slow per call, so a single
/// assessment interprets, and a batch compiles each expression once it has been called <see cref="CompileAfter"/> times.
/// </summary>
/// <remarks>
/// Both run the same expression tree and count the same steps, so outcomes and step-limit errors are the same. An
/// exception can read differently (the interpreter calls some members by reflection): the evaluator therefore
/// re-runs a criterion that threw while interpreted with its rules compiled (<see cref="CompileNow"/>), and reports that.
/// </remarks>
internal sealed class TieredRule<T>(Expression<Func<Proposal, ProposalFacts, T>> lambda) : ITieredRule
{
    /// <summary>A batch of a few dozen proposals is where compiling starts to pay (measured with the phase profile).</summary>
    public const int CompileAfter = 24;

    private Func<Proposal, ProposalFacts, T>? _compiled;
    private Func<Proposal, ProposalFacts, T>? _interpreted;
    private int _calls;

    public bool IsCompiled => _compiled is not null;

    public T Invoke(Proposal proposal, ProposalFacts facts)
    {
        if (_compiled is { } compiled)
        {
            return compiled(proposal, facts);
        }
        if (Interlocked.Increment(ref _calls) > CompileAfter)
        {
            return CompileNow()(proposal, facts);
        }
        // Two threads may both build an interpreter or a compiled delegate at first; either is right, one is kept.
        return (_interpreted ??= lambda.Compile(preferInterpretation: true))(proposal, facts);
    }

    public Func<Proposal, ProposalFacts, T> CompileNow() => _compiled ??= LambdaHoisting.Hoist(RuleQueries.Rewrite(lambda)).Compile();

    void ITieredRule.CompileNow() => CompileNow();

    /// <summary>The rule as a plain delegate; <see cref="ITieredRule.Of"/> finds this object behind it again.</summary>
    public Func<Proposal, ProposalFacts, T> AsDelegate() => Invoke;
}

/// <summary>A <see cref="TieredRule{T}"/> of any result type.</summary>
internal interface ITieredRule
{
    bool IsCompiled { get; }

    void CompileNow();

    /// <summary>The tiered rule behind a criterion's delegate, or null for a delegate made any other way (tests, tools).</summary>
    static ITieredRule? Of(Delegate? rule) => rule?.Target as ITieredRule;
}
