using FluentValidation;

namespace Analyzer.Core.Proposals;

/// <summary>Checks the instrument's vocabulary fields and that its review cycle is a positive span.</summary>
public sealed class InstrumentValidator : AbstractValidator<Instrument>
{
    public InstrumentValidator()
    {
        RuleFor(i => i.Kind).OneOf("kind", Vocabulary.InstrumentKinds);
        RuleFor(i => i.Binding).OneOf("binding", Vocabulary.Bindings);
        RuleFor(i => i.Addressees).OneOf("addressees", Vocabulary.Addressees);
        RuleFor(i => i.Territory).OneOf("territory", Vocabulary.Territories);
        RuleFor(i => i.SystemScope).OneOf("systemScope", Vocabulary.SystemScopes);
        RuleFor(i => i.ReviewCycleYears).GreaterThan(0).When(i => i.ReviewCycleYears is not null)
            .WithMessage((_, v) => $"'reviewCycleYears' must be greater than 0; found '{v}'.");
    }
}
