using System.Linq.Expressions;

namespace Analyzer.Core.Rules;

/// <summary>
/// Compiles each lambda inside a rule that uses nothing from outside itself (<c>f =&gt; f == "set-standards"</c>) once,
/// and puts the delegate in its place as a constant. A compiled expression tree otherwise builds such a lambda's
/// closure and delegate anew on every call of the rule: two allocations per query, on every proposal. A lambda that
/// reads an outer parameter (<c>e =&gt; e.Id == proposal.Issuer</c>) needs its closure and is left as it is.
/// </summary>
internal sealed class LambdaHoisting : ExpressionVisitor
{
    private LambdaHoisting()
    {
    }

    /// <summary>The rule with its self-contained inner lambdas compiled into constants; the outer lambda is kept.</summary>
    public static Expression<T> Hoist<T>(Expression<T> rule) => rule.Update(new LambdaHoisting().Visit(rule.Body), rule.Parameters);

    protected override Expression VisitLambda<T>(Expression<T> node)
    {
        var visited = (Expression<T>)base.VisitLambda(node); // inner lambdas first: they may be hoisted even when this is not
        return FreeVariables.Of(visited).Count == 0 ? Expression.Constant(visited.Compile(), typeof(T)) : visited;
    }

    /// <summary>The parameters an expression reads that none of its own lambdas or blocks declares.</summary>
    private sealed class FreeVariables : ExpressionVisitor
    {
        private readonly HashSet<ParameterExpression> _declared = [];
        private readonly HashSet<ParameterExpression> _free = [];

        public static HashSet<ParameterExpression> Of(LambdaExpression lambda)
        {
            var visitor = new FreeVariables();
            visitor._declared.UnionWith(lambda.Parameters);
            visitor.Visit(lambda.Body);
            return visitor._free;
        }

        protected override Expression VisitLambda<T>(Expression<T> node)
        {
            _declared.UnionWith(node.Parameters);
            return base.VisitLambda(node);
        }

        protected override Expression VisitBlock(BlockExpression node)
        {
            _declared.UnionWith(node.Variables);
            return base.VisitBlock(node);
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            if (!_declared.Contains(node))
            {
                _free.Add(node);
            }
            return node;
        }
    }
}
