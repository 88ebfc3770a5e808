using Lucene.Net.Documents;

namespace Wayfinder.Catalog.Pages;

/// <summary>Builds the Lucene document of one section of a page (see <see cref="PageFields"/>).</summary>
internal static class PageDocumentBuilder
{
    public static Document Build(DocPage page, int pageOrdinal, int sectionOrdinal)
    {
        var section = page.Sections[sectionOrdinal];
        var document = new Document
        {
            new TextField(PageFields.Title, page.Title, Field.Store.NO),
            new TextField(PageFields.Heading, section.Heading, Field.Store.NO),
            new TextField(PageFields.Text, section.Text, Field.Store.NO),
            new TextField(PageFields.Path, page.Path, Field.Store.NO),
            new StoredField(PageFields.PageOrdinal, pageOrdinal),
            new StoredField(PageFields.SectionOrdinal, sectionOrdinal),
        };
        foreach (var entity in page.Entities.Distinct())
        {
            document.Add(new StringField(PageFields.Entity, entity.ToString(), Field.Store.NO));
        }

        return document;
    }
}
