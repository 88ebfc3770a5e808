using System.Text;
using Wayfinder.Catalog.Descriptors;
using Wayfinder.Catalog.Entities;
using Wayfinder.Catalog.GitHub;

namespace Wayfinder.Skills.Answers;

/// <summary>
/// Collects an answer as a skill writes it: sentences, the entities named (refs, in order, once each), where each fact
/// came from, facts for cards and links for buttons.
/// </summary>
internal sealed class AnswerComposer(string intent)
{
    private readonly StringBuilder _text = new();
    private readonly List<string> _refs = [];
    private readonly List<AnswerSource> _sources = [];
    private readonly List<AnswerFact> _facts = [];
    private readonly List<AnswerLink> _links = [];
    private string? _subject;
    private string? _title;

    /// <summary>Sets the subject: its ref comes first, its document is the first source, its name the title.</summary>
    public AnswerComposer About(Entity subject)
    {
        _subject = subject.Ref.ToString();
        _title = EntityNames.Label(subject);
        Name(subject);
        Source(subject);
        return this;
    }

    /// <summary>Overrides the card title.</summary>
    public AnswerComposer Title(string title)
    {
        _title = title;
        return this;
    }

    /// <summary>Adds a sentence (a space is put between sentences).</summary>
    public AnswerComposer Say(string sentence)
    {
        if (_text.Length > 0 && _text[^1] != '\n')
        {
            _text.Append(' ');
        }

        _text.Append(sentence);
        return this;
    }

    /// <summary>Starts a new line, for lists.</summary>
    public AnswerComposer Line(string line)
    {
        if (_text.Length > 0)
        {
            _text.Append('\n');
        }

        _text.Append(line);
        return this;
    }

    /// <summary>Records that the answer names <paramref name="entity"/>.</summary>
    public AnswerComposer Name(Entity entity) => Name(entity.Ref);

    /// <summary>Records that the answer names <paramref name="entityRef"/> (even a dangling one).</summary>
    public AnswerComposer Name(EntityRef entityRef)
    {
        var text = entityRef.ToString();
        if (!_refs.Contains(text))
        {
            _refs.Add(text);
        }

        return this;
    }

    /// <summary>Names every entity and says "lead: a, b, c." (the first <see cref="EntityNames.ListLimit"/> named as refs).</summary>
    public AnswerComposer List(string lead, IReadOnlyCollection<Entity> entities)
    {
        foreach (var entity in entities.Take(EntityNames.ListLimit))
        {
            Name(entity);
        }

        return Say($"{lead}: {EntityNames.List(entities)}.");
    }

    /// <summary>Records where a fact came from: the node's line when given, else the entity's document.</summary>
    public AnswerComposer Source(Entity entity, DescriptorNode? node = null)
    {
        var source = new AnswerSource(entity.Source.Path, node is { Line: > 0 } ? node.Line : entity.Source.Line,
            entity.Annotation(GitHubAnnotations.EditUrl), entity.Annotation(GitHubAnnotations.SourceCommit));
        if (!_sources.Contains(source))
        {
            _sources.Add(source);
        }

        return this;
    }

    /// <summary>Records a source that is not a descriptor, e.g. a documentation page, once.</summary>
    public AnswerComposer Source(AnswerSource source)
    {
        if (!_sources.Contains(source))
        {
            _sources.Add(source);
        }

        return this;
    }

    /// <summary>Adds a labelled fact when it has a value.</summary>
    public AnswerComposer Fact(string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            _facts.Add(new AnswerFact(label, value));
        }

        return this;
    }

    /// <summary>Adds a link once (by URL).</summary>
    public AnswerComposer Link(string title, string url, string? type = null)
    {
        if (!_links.Exists(l => l.Url == url))
        {
            _links.Add(new AnswerLink(title, url, type));
        }

        return this;
    }

    /// <summary>Adds a catalog link, titled by its title or its URL.</summary>
    public AnswerComposer Link(EntityLink link, string? type = null) =>
        Link(string.IsNullOrWhiteSpace(link.Title) ? link.Url : link.Title, link.Url, type ?? link.Type);

    public Answer Build() => new()
    {
        Intent = intent,
        Subject = _subject,
        Refs = _refs,
        Text = _text.ToString(),
        Sources = _sources,
        Title = _title,
        Facts = _facts,
        Links = _links,
    };
}
