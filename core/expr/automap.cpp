#include "expr/automap.h"

#include "util/suggest.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace patchbay {

namespace {

/// Words that name the record rather than the field: CustomerName is the name.
const QSet<QString> &entityWords()
{
    static const QSet<QString> words{QStringLiteral("customer"), QStringLiteral("contact"), QStringLiteral("user"),
                                     QStringLiteral("client"),   QStringLiteral("person"),  QStringLiteral("account"),
                                     QStringLiteral("member"),   QStringLiteral("the"),     QStringLiteral("record")};
    return words;
}

/// Spellings of one idea, folded to the first. Keys are the words of a name joined ("emailaddress").
const QHash<QString, QString> &synonyms()
{
    static const QHash<QString, QString> map = [] {
        const QList<QStringList> groups{
            {QStringLiteral("name"), QStringLiteral("fullname"), QStringLiteral("displayname"), QStringLiteral("names")},
            {QStringLiteral("email"), QStringLiteral("emailaddress"), QStringLiteral("mail"), QStringLiteral("mailaddress"),
             QStringLiteral("emails")},
            {QStringLiteral("phone"), QStringLiteral("phonenumber"), QStringLiteral("telephone"), QStringLiteral("tel"),
             QStringLiteral("mobile"), QStringLiteral("cell")},
            {QStringLiteral("firstname"), QStringLiteral("givenname"), QStringLiteral("forename"), QStringLiteral("first")},
            {QStringLiteral("lastname"), QStringLiteral("surname"), QStringLiteral("familyname"), QStringLiteral("last")},
            {QStringLiteral("company"), QStringLiteral("companyname"), QStringLiteral("organization"),
             QStringLiteral("organisation"), QStringLiteral("org"), QStringLiteral("employer")},
            {QStringLiteral("zip"), QStringLiteral("zipcode"), QStringLiteral("postcode"), QStringLiteral("postalcode")},
            {QStringLiteral("street"), QStringLiteral("streetaddress"), QStringLiteral("address1"),
             QStringLiteral("addressline1"), QStringLiteral("line1")},
            {QStringLiteral("city"), QStringLiteral("town"), QStringLiteral("locality")},
            {QStringLiteral("country"), QStringLiteral("countrycode"), QStringLiteral("nation")},
            {QStringLiteral("created"), QStringLiteral("createdat"), QStringLiteral("createdon"), QStringLiteral("creationdate"),
             QStringLiteral("signup"), QStringLiteral("signupdate"), QStringLiteral("signedup"), QStringLiteral("registered"),
             QStringLiteral("registeredat"), QStringLiteral("joined"), QStringLiteral("since")},
            {QStringLiteral("updated"), QStringLiteral("updatedat"), QStringLiteral("modified"), QStringLiteral("modifiedat"),
             QStringLiteral("lastmodified"), QStringLiteral("changed")},
            {QStringLiteral("id"), QStringLiteral("identifier"), QStringLiteral("key"), QStringLiteral("uid")},
            {QStringLiteral("description"), QStringLiteral("desc"), QStringLiteral("notes"), QStringLiteral("note"),
             QStringLiteral("comment"), QStringLiteral("comments")},
            {QStringLiteral("price"), QStringLiteral("amount"), QStringLiteral("cost"), QStringLiteral("total")},
            {QStringLiteral("quantity"), QStringLiteral("qty"), QStringLiteral("count")},
            {QStringLiteral("title"), QStringLiteral("subject"), QStringLiteral("heading")},
            {QStringLiteral("url"), QStringLiteral("link"), QStringLiteral("website"), QStringLiteral("homepage")},
            {QStringLiteral("birthday"), QStringLiteral("birthdate"), QStringLiteral("dateofbirth"), QStringLiteral("dob")},
        };
        QHash<QString, QString> m;
        for (const QStringList &g : groups)
            for (const QString &w : g)
                m.insert(w, g.first());
        return m;
    }();
    return map;
}

QStringList rawWords(const QString &name)
{
    // camelCase humps and digits become word breaks; _, -, spaces, dots and brackets separate
    QString spaced;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        if (i > 0 && c.isUpper() && (name[i - 1].isLower() || (i + 1 < name.size() && name[i + 1].isLower() && name[i - 1].isUpper())))
            spaced += u' ';
        spaced += c;
    }
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QStringList out = spaced.toLower().split(separators, Qt::SkipEmptyParts);
    return out;
}

QString lastStep(const QString &path)
{
    // `address.city` → city; `items[*].price` → price; `["zip code"]` → zip code
    static const QRegularExpression last(QStringLiteral("(?:^|\\.)([^.\\[\\]]+)$|\\[\"((?:[^\"\\\\]|\\\\.)*)\"\\]$"));
    const QRegularExpressionMatch m = last.match(path);
    if (!m.hasMatch())
        return path;
    return m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
}

} // namespace

QStringList AutoMap::words(const QString &name)
{
    QStringList w = rawWords(name);
    if (w.size() > 1) {
        QStringList kept;
        for (const QString &x : w)
            if (!entityWords().contains(x))
                kept.append(x);
        if (!kept.isEmpty())
            w = kept;
    }
    const QString joined = w.join(QString());
    if (const auto it = synonyms().constFind(joined); it != synonyms().constEnd())
        return {*it};
    for (QString &x : w)
        x = synonyms().value(x, x);
    return w;
}

double AutoMap::similarity(const QString &a, const QString &b)
{
    if (a.compare(b, Qt::CaseInsensitive) == 0)
        return 1.0;
    const QStringList wa = words(a);
    const QStringList wb = words(b);
    if (wa.isEmpty() || wb.isEmpty())
        return 0;
    const QString ja = wa.join(QString());
    const QString jb = wb.join(QString());
    if (ja == jb)
        return 0.95;
    // shared words, weighted by how much of both names they cover
    const QSet<QString> sa(wa.begin(), wa.end());
    const QSet<QString> sb(wb.begin(), wb.end());
    const qsizetype common = QSet<QString>(sa).intersect(sb).size();
    const double jaccard = double(common) / double(QSet<QString>(sa).unite(sb).size());
    // one typo in a long-ish name ("adress" ~ "address")
    double typo = 0;
    if (std::min(ja.size(), jb.size()) >= 5) {
        const int d = editDistance(ja, jb);
        typo = 1.0 - double(d) / double(std::max(ja.size(), jb.size()));
    }
    return std::max(0.9 * jaccard, typo >= 0.8 ? 0.85 * typo : 0.0);
}

QList<AutoMap::Suggestion> AutoMap::propose(const QList<SchemaField> &sources, const QList<SchemaField> &targets,
                                            const QStringList &mapped)
{
    QList<Suggestion> all;
    for (const SchemaField &t : targets) {
        if (mapped.contains(t.path) || t.type == u"object")
            continue;
        for (const SchemaField &s : sources) {
            if (s.type == u"object")
                continue;
            double score = similarity(s.path, t.path);
            if (s.depth != t.depth) // `address.city` → city: by the last steps, a little less sure
                score = std::max(score, 0.9 * similarity(lastStep(s.path), lastStep(t.path)));
            if (score >= Threshold)
                all.append(Suggestion{s.path, t.path, score});
        }
    }
    std::stable_sort(all.begin(), all.end(), [](const Suggestion &x, const Suggestion &y) { return x.score > y.score; });
    QList<Suggestion> out;
    QSet<QString> usedSources;
    QSet<QString> usedTargets;
    for (const Suggestion &s : all) {
        if (usedSources.contains(s.source) || usedTargets.contains(s.target))
            continue;
        usedSources.insert(s.source);
        usedTargets.insert(s.target);
        out.append(s);
    }
    return out;
}

} // namespace patchbay
