// The formula language: every function with normal input, null and a wrong type; operators and
// precedence; paths and odd field names; unicode; dates, time zones and DST; errors with columns
// and hints; lookup tables; the record pipeline and target paths.

#include "expr/filterrules.h"
#include "expr/formula.h"
#include "expr/recordpipeline.h"
#include "project/projectfile.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace patchbay;

// The test class comes before any raw string literal: moc mistakes "//" inside one for a comment.
class TestFormula : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data();
    void evaluate();
    void filterRowsAndFormulas();
    void compileErrors_data();
    void compileErrors();
    void fieldPathsAndFunctions();
    void nothingIsParsedPerRecord();
    void lookupTables();
    void nowIsInjectable();
    void pipelineOfTheDemo();
    void pipelineErrorsArePerRecordAndField();
    void pipelineRequiredFromTargetSchema();
    void pipelineCompileProblemsHavePaths();
    void targetPaths();
    void previewOfOneMapping();
    void documentedExamplesHold();
};

static const char *const Record = R"json({
  "CustomerName": "Sarah Johnson", "email_address": "Sarah.Johnson@Company.COM", "status": "active",
  "created": "2024-03-05T10:00:00Z", "address": {"city": "Oslo", "zip": "0150"},
  "items": [{"sku": "A1", "price": 10, "qty": 2}, {"sku": "B2", "price": 2.5, "qty": 4}],
  "first name": "Åsa", "tags": ["x", "y", "x"], "n": "42", "empty": "", "nothing": null,
  "count": 3, "flag": true, "note": "  hi  ", "price": "1.234,50 €", "when": "05/03/2024 14:30",
  "unix": 1709632800, "nums": [3, 1, 2], "json": "{\"a\":[1,2]}", "country": "NO"
})json";

static Json record()
{
    return Json::parse(Record);
}

static FormulaEnvironment environment()
{
    FormulaEnvironment env;
    env.lookupTables[QStringLiteral("countries")] = {{QStringLiteral("NO"), QStringLiteral("Norway")},
                                                     {QStringLiteral("DE"), QStringLiteral("Germany")}};
    env.now = QDateTime(QDate(2026, 11, 28), QTime(12, 0, 0), Qt::UTC);
    return env;
}

void TestFormula::evaluate_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("expected"); // JSON, or "!" and the start of the error message

    auto row = [](const char *name, const char *formula, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(formula) << QString::fromUtf8(expected);
    };
    // Paths
    row("field", "CustomerName", R"_("Sarah Johnson")_");
    row("nested", "address.city", R"_("Oslo")_");
    row("index", "items[0].sku", R"_("A1")_");
    row("last index", "items[-1].sku", R"_("B2")_");
    row("wildcard", "items[*].price", R"_([10,2.5])_");
    row("odd name", R"_(["first name"])_", R"_("Åsa")_");
    row("missing field is null", "no_such_field", "null");
    row("missing nested is null", "address.country.code", "null");
    row("index out of range", "items[5].sku", "null");
    row("access on call", "first(items).qty", "2");
    // Literals and operators
    row("number", "1.5", "1.5");
    row("text", R"_("say ""hi""")_", R"_("say \"hi\"")_");
    row("true", "TRUE", "true");
    row("precedence", "1 + 2 * 3", "7");
    row("parentheses", "(1 + 2) * 3", "9");
    row("unary minus", "-count + 1", "-2");
    row("division", "7 / 2", "3.5");
    row("division by zero", "1 / 0", "!/: division by zero");
    row("numeric text in arithmetic", "n + 1", "43");
    row("text plus number", "CustomerName + 1", "!+: cannot add the text \"Sarah Johnson\" to a number; to join text, use & instead of +");
    row("null in arithmetic", "nothing + 1", "null");
    row("concat", R"_(CustomerName & " <" & lower(email_address) & ">")_", R"_("Sarah Johnson <sarah.johnson@company.com>")_");
    row("concat null", R"_("a" & nothing & "b")_", R"_("ab")_");
    row("concat binds looser than +", R"_("n=" & 1 + 2)_", R"_("n=3")_");
    row("equal text", R"_(status = "active")_", "true");
    row("equal is case-sensitive", R"_(status = "Active")_", "false");
    row("number equals numeric text", "n = 42", "true");
    row("not equal", R"_(status <> "inactive")_", "true");
    row("bang equal", R"_(status != "active")_", "false");
    row("less", "count < 5", "true");
    row("dates compare as text", R"_(created >= "2024-01-01")_", "true");
    row("null compares false", "nothing < 5", "false");
    row("incomparable", R"_(address < 5)_", "!<: cannot compare an object with the number 5");
    row("and or precedence", "true or false and false", "true");
    row("not", R"_(not status = "active")_", "false");
    row("and short-circuits", "false and (1 / 0 = 1)", "false");
    row("condition not boolean", R"_(CustomerName and true)_", "!and: the text \"Sarah Johnson\" is neither true nor false");
    // Text
    row("concat()", R"_(concat("a", 1, true, nothing, tags))_", R"_("a1truexyx")_");
    row("upper", "upper(CustomerName)", R"_("SARAH JOHNSON")_");
    row("upper unicode", R"_(upper(["first name"]))_", R"_("ÅSA")_");
    row("upper null", "upper(nothing)", "null");
    row("upper wrong type", "upper(address)", "!upper: expected text, got an object");
    row("lower", "lower(email_address)", R"_("sarah.johnson@company.com")_");
    row("lower unicode", R"_(lower("ÅSA ĞÜŞ"))_", R"_("åsa ğüş")_");
    row("lower list", "lower(tags)", "!lower: expected text, got a list of 3 values");
    row("trim", "trim(note)", R"_("hi")_");
    row("trim null", "trim(nothing)", "null");
    row("replace", R"_(replace(CustomerName, "a", "4"))_", R"_("S4r4h Johnson")_");
    row("replace null", R"_(replace(nothing, "a", "b"))_", "null");
    row("replace empty find", R"_(replace(CustomerName, "", "b"))_", "!replace: the text to find is empty");
    row("split", R"_(split("a;b;;c", ";"))_", R"_(["a","b","","c"])_");
    row("split default comma", R"_(split("a,b"))_", R"_(["a","b"])_");
    row("split empty", R"_(split("", ";"))_", "[]");
    row("split wrong type", "split(items)", "!split: expected text, got a list of 2 values");
    row("substring", "substring(CustomerName, 7, 3)", R"_("Joh")_");
    row("substring to end", "substring(CustomerName, 7)", R"_("Johnson")_");
    row("substring unicode", R"_(substring("🙂Åsa", 2, 2))_", R"_("Ås")_");
    row("substring zero start", "substring(CustomerName, 0, 2)", "!substring: the start is counted from 1 (the first character), got 0");
    row("left", "left(CustomerName, 5)", R"_("Sarah")_");
    row("left too many", "left(CustomerName, 99)", R"_("Sarah Johnson")_");
    row("left negative", "left(CustomerName, -1)", "!left: the count must be a whole number of 0 or more, got the number -1");
    row("right", "right(address.zip, 2)", R"_("50")_");
    row("right null", "right(nothing, 2)", "null");
    row("len", R"_(len(["first name"]))_", "3");
    row("len emoji", R"_(len("a🙂b"))_", "3");
    row("len null", "len(nothing)", "0");
    row("len number", "len(12345)", "5");
    row("padLeft", R"_(padLeft(count, 4, "0"))_", R"_("0003")_");
    row("padLeft default space", "padLeft(\"ab\", 4)", R"_("  ab")_");
    row("padLeft long pad", R"_(padLeft("a", 3, "xy"))_", "!padLeft: the padding must be one character, got \"xy\"");
    row("template", R"_(template("{CustomerName} lives in {address.city}"))_", R"_("Sarah Johnson lives in Oslo")_");
    row("template missing", R"_(template("[{nope}]"))_", R"_("[]")_");
    row("template unclosed", R"_(template("{oops"))_", "!template: a \"{\" in the pattern is not closed with \"}\"");
    // Numbers
    row("number european", R"_(number(price, ","))_", "1234.5");
    row("number plain", R"_(number("12"))_", "12");
    row("number null", "number(nothing)", "null");
    row("number garbage", R"_(number("abc"))_", "!number: the text \"abc\" is not a number");
    row("round", "round(2.345, 2)", "2.35");
    row("round half away from zero", "round(-2.5)", "-3");
    row("round wrong type", "round(CustomerName)", "!round: expected a number, got the text \"Sarah Johnson\"");
    row("floor", "floor(2.7)", "2");
    row("ceil", "ceil(2.1)", "3");
    row("abs", "abs(-4)", "4");
    row("abs null", "abs(nothing)", "null");
    row("min args", "min(4, 2, 8)", "2");
    row("max list", "max(items[*].price)", "10");
    row("sum list", "sum(items[*].qty)", "6");
    row("sum of map", "sum(map(items, item.price * item.qty))", "30");
    row("avg", "avg(nums)", "2");
    row("avg empty", "avg(filter(nums, item > 10))", "null");
    row("sum wrong type", "sum(tags)", "!sum: expected a number, got the text \"x\"");
    // Dates
    row("formatDate", R"_(formatDate(created, "yyyy-MM-dd"))_", R"_("2024-03-05")_");
    row("formatDate default ISO", "formatDate(created)", R"_("2024-03-05T10:00:00Z")_");
    row("formatDate time zone", R"_(formatDate(created, "yyyy-MM-dd HH:mm", "Asia/Tokyo"))_", R"_("2024-03-05 19:00")_");
    row("formatDate names", R"_(formatDate(created, "ddd d MMM yyyy"))_", R"_("Tue 5 Mar 2024")_");
    row("formatDate offset in", R"_(formatDate("2024-03-05T10:00:00+02:00", "HH:mm", "UTC"))_", R"_("08:00")_");
    row("formatDate ms", R"_(formatDate("2024-03-05T10:00:00.250Z", "ss.zzz"))_", R"_("00.250")_");
    row("formatDate date only", R"_(formatDate("2024-03-05", "dd.MM.yyyy"))_", R"_("05.03.2024")_");
    row("formatDate unix number", R"_(formatDate(unix, "yyyy-MM-dd HH:mm"))_", R"_("2024-03-05 10:00")_");
    row("formatDate offset kept", R"_(formatDate("2024-03-05T10:00:00+02:00", "HH:mm"))_", R"_("10:00")_");
    row("formatDate short letters", R"_(formatDate("2024-03-05T09:07:03Z", "yy/M/d h:m:s"))_", R"_("24/3/5 9:7:3")_");
    row("formatDate noon, 12-hour", R"_(formatDate("2024-03-05T12:00:00Z", "hh 'o''clock'"))_", R"_("12 o'clock")_");
    row("formatDate no such day", R"_(formatDate("2024-02-30T10:00:00Z", "yyyy"))_", "!formatDate: the text \"2024-02-30T10:00:00Z\" is not a date; write dates as ISO 8601");
    row("formatDate null", "formatDate(nothing)", "null");
    row("formatDate not a date", "formatDate(CustomerName)", "!formatDate: the text \"Sarah Johnson\" is not a date; write dates as ISO 8601");
    row("formatDate unknown zone", R"_(formatDate(created, "HH", "Europe/Atlantis"))_", "!formatDate: unknown time zone \"Europe/Atlantis\"");
    row("DST spring forward, Oslo", R"_(formatDate("2024-03-31T01:30:00Z", "yyyy-MM-dd HH:mm", "Europe/Oslo"))_", R"_("2024-03-31 03:30")_");
    row("before spring forward", R"_(formatDate("2024-03-31T00:30:00Z", "HH:mm", "Europe/Oslo"))_", R"_("01:30")_");
    row("DST fall back, New York", R"_(formatDate("2024-11-03T05:30:00Z", "HH:mm", "America/New_York"))_", R"_("01:30")_");
    row("after fall back", R"_(formatDate("2024-11-03T06:30:00Z", "HH:mm", "America/New_York"))_", R"_("01:30")_");
    row("parseDate", R"_(parseDate(when, "dd/MM/yyyy HH:mm"))_", R"_("2024-03-05T14:30:00Z")_");
    row("parseDate in zone", R"_(parseDate(when, "dd/MM/yyyy HH:mm", "Europe/Oslo"))_", R"_("2024-03-05T13:30:00Z")_");
    row("parseDate in zone, summer", R"_(parseDate("01/07/2024 14:30", "dd/MM/yyyy HH:mm", "Europe/Oslo"))_", R"_("2024-07-01T12:30:00Z")_");
    row("parseDate date only", R"_(parseDate("05.03.2024", "dd.MM.yyyy"))_", R"_("2024-03-05")_");
    row("parseDate mismatch", R"_(parseDate("31/02/2024", "dd/MM/yyyy"))_", "!parseDate: \"31/02/2024\" does not match the pattern \"dd/MM/yyyy\"");
    row("parseDate null", R"_(parseDate(nothing, "yyyy"))_", "null");
    row("addDays", "addDays(created, 30)", R"_("2024-04-04T10:00:00Z")_");
    row("addDays date", R"_(addDays("2024-02-28", 2))_", R"_("2024-03-01")_");
    row("addDays across DST keeps wall clock", R"_(addDays("2024-03-30T11:00:00Z", 1, "Europe/Oslo"))_", R"_("2024-03-31T12:00:00+02:00")_");
    row("addDays UTC across DST", R"_(formatDate(addDays("2024-03-30T11:00:00Z", 1), "HH:mm", "Europe/Oslo"))_", R"_("13:00")_");
    row("addDays fraction", "addDays(created, 1.5)", "!addDays: the number of days must be whole");
    row("toUnixTime", "toUnixTime(created)", "1709632800");
    row("fromUnixTime", "fromUnixTime(1709632800)", R"_("2024-03-05T10:00:00Z")_");
    row("fromUnixTime wrong", "fromUnixTime(CustomerName)", "!fromUnixTime: expected a number of seconds, got the text \"Sarah Johnson\"");
    row("toDate normalizes", R"_(toDate("2024-03-05T12:00:00+02:00"))_", R"_("2024-03-05T10:00:00Z")_");
    row("toDate number", "toDate(unix)", R"_("2024-03-05T10:00:00Z")_");
    row("toDate garbage", R"_(toDate("next tuesday"))_", "!toDate: the text \"next tuesday\" is not a date");
    // Logic
    row("if", R"_(if(count > 2, "many", "few"))_", R"_("many")_");
    row("if without else", R"_(if(count > 5, "many"))_", "null");
    row("if lazy", "if(true, 1, 1 / 0)", "1");
    row("if bad condition", R"_(if(CustomerName, 1, 2))_", "!if: the condition is the text \"Sarah Johnson\", neither true nor false");
    row("coalesce", R"_(coalesce(nothing, no_such, "fallback"))_", R"_("fallback")_");
    row("coalesce keeps empty text", R"_(coalesce(empty, "x"))_", R"_("")_");
    row("default", R"_(default(empty, "x"))_", R"_("x")_");
    row("default keeps value", R"_(default(status, "x"))_", R"_("active")_");
    row("isEmpty", "isEmpty(empty) and isEmpty(nothing) and not isEmpty(tags)", "true");
    row("isNumber", R"_(isNumber(n) and isNumber(count) and not isNumber(CustomerName))_", "true");
    // Lists
    row("count", "count(items)", "2");
    row("count null", "count(nothing)", "0");
    row("count a record", "count(address)", "1"); // what a lookup that takes the first one found adds
    row("count text", "count(CustomerName)", "!count: expected a list, got the text \"Sarah Johnson\"");
    row("first", "first(tags)", R"_("x")_");
    row("last", "last(tags)", R"_("x")_");
    row("first empty", "first(filter(tags, false))", "null");
    row("join", R"_(join(tags, "|"))_", R"_("x|y|x")_");
    row("join default", "join(items[*].sku)", R"_("A1,B2")_");
    row("map", R"_(map(items, item.sku & "-" & item.qty))_", R"_(["A1-2","B2-4"])_");
    row("map sees record fields", "map(nums, item * count)", "[9,3,6]");
    row("filter", "filter(items, item.price > 5)[*].sku", R"_(["A1"])_");
    row("filter bad condition", R"_(filter(tags, item))_", "!filter: the condition gave the text \"x\", neither true nor false");
    row("unique", "unique(tags)", R"_(["x","y"])_");
    row("sort", "sort(nums)", "[1,2,3]");
    row("sort desc", R"_(sort(tags, "desc"))_", R"_(["y","x","x"])_");
    row("sort mixed", R"_(sort(parseJson("[\"b\", 2, null, \"a\", 1]")))_", R"_([null,1,2,"a","b"])_");
    row("sort null", "sort(nothing)", "null");
    row("map wrong type", "map(CustomerName, item)", "!map: expected a list, got the text \"Sarah Johnson\"");
    // Conversion
    row("toText number", "toText(2.50)", R"_("2.5")_");
    row("toText integer", "toText(count)", R"_("3")_");
    row("toText bool", "toText(flag)", R"_("true")_");
    row("toText null", "toText(nothing)", "null");
    row("toNumber", "toNumber(n)", "42");
    row("toNumber bool", "toNumber(flag)", "1");
    row("toNumber wrong", "toNumber(CustomerName)", "!toNumber: expected a number, got the text \"Sarah Johnson\"");
    row("toBool yes", R"_(toBool("Yes"))_", "true");
    row("toBool zero", "toBool(0)", "false");
    row("toBool wrong", R"_(toBool("maybe"))_", "!toBool: the text \"maybe\" is neither true nor false");
    row("json", "json(address)", R"_("{\"city\":\"Oslo\",\"zip\":\"0150\"}")_");
    row("json null", "json(nothing)", R"_("null")_");
    row("parseJson", "parseJson(json).a[1]", "2");
    row("parseJson bad", R"_(parseJson("{oops"))_", "!parseJson: the text \"{oops\" is not valid JSON");
    row("lookup", R"_(lookup("countries", country, "?"))_", R"_("Norway")_");
    row("lookup default", R"_(lookup("countries", "SE", "unknown"))_", R"_("unknown")_");
    row("lookup no default", R"_(lookup("countries", "SE"))_", "null");
    row("lookup dynamic unknown table", R"_(lookup(status, "x"))_", "!lookup: there is no lookup table \"active\"");
    // null and a wrong type, for the functions not covered above
    row("lower null", "lower(nothing)", "null");
    row("trim wrong type", "trim(items)", "!trim: expected text, got a list of 2 values");
    row("substring null", "substring(nothing, 1)", "null");
    row("left null", "left(nothing, 2)", "null");
    row("right wrong type", "right(address, 2)", "!right: expected text, got an object");
    row("len wrong type", "len(address)", "!len: expected text, got an object");
    row("padLeft null", "padLeft(nothing, 3)", "null");
    row("template null", "template(nothing)", "null");
    row("template wrong type", "template(items)", "!template: expected a pattern, got a list of 2 values");
    row("number wrong type", "number(items)", "!number: expected text, got a list of 2 values");
    row("round null", "round(nothing)", "null");
    row("floor null", "floor(nothing)", "null");
    row("floor wrong type", "floor(status)", "!floor: expected a number, got the text \"active\"");
    row("ceil null", "ceil(nothing)", "null");
    row("ceil wrong type", "ceil(address)", "!ceil: expected a number, got an object");
    row("abs wrong type", "abs(tags)", "!abs: expected a number, got a list of 3 values");
    row("min null", "min(nothing)", "null");
    row("min wrong type", "min(status, 1)", "!min: expected a number, got the text \"active\"");
    row("max null", "max(nothing, nothing)", "null");
    row("max wrong type", "max(address)", "!max: expected a number, got an object");
    row("sum null", "sum(nothing)", "0");
    row("avg wrong type", "avg(tags)", "!avg: expected a number, got the text \"x\"");
    row("parseDate wrong type", R"_(parseDate(items, "yyyy"))_", "!parseDate: expected text, got a list of 2 values");
    row("addDays null", "addDays(nothing, 1)", "null");
    row("addDays wrong type", "addDays(created, status)", "!addDays: expected a number of days, got the text \"active\"");
    row("toUnixTime null", "toUnixTime(nothing)", "null");
    row("toUnixTime wrong type", "toUnixTime(address)", "!toUnixTime: expected a date, got an object");
    row("fromUnixTime null", "fromUnixTime(nothing)", "null");
    row("toDate null", "toDate(nothing)", "null");
    row("if null condition", R"_(if(nothing, "yes", "no"))_", R"_("no")_");
    row("coalesce all null", "coalesce(nothing, no_field)", "null");
    row("default null fallback", "default(nothing, nothing)", "null");
    row("isEmpty object", "isEmpty(address)", "false");
    row("isNumber null", "isNumber(nothing)", "false");
    row("first null", "first(nothing)", "null");
    row("first wrong type", "first(status)", "!first: expected a list, got the text \"active\"");
    row("last null", "last(nothing)", "null");
    row("last wrong type", "last(address)", "!last: expected a list, got an object");
    row("join null", "join(nothing)", "null");
    row("join wrong type", "join(status)", "!join: expected a list, got the text \"active\"");
    row("map null", "map(nothing, item)", "null");
    row("filter null", "filter(nothing, true)", "null");
    row("filter wrong type", "filter(address, true)", "!filter: expected a list, got an object");
    row("unique null", "unique(nothing)", "null");
    row("unique wrong type", "unique(status)", "!unique: expected a list, got the text \"active\"");
    row("sort wrong type", "sort(address)", "!sort: expected a list, got an object");
    row("sort bad order", R"_(sort(nums, "up"))_", "!sort: the order must be \"asc\" or \"desc\", got \"up\"");
    row("toText object", "toText(address)", R"_("{\"city\":\"Oslo\",\"zip\":\"0150\"}")_");
    row("toNumber null", "toNumber(nothing)", "null");
    row("toBool null", "toBool(nothing)", "false");
    row("toDate wrong type", "toDate(address)", "!toDate: expected a date, got an object");
    row("parseJson null", "parseJson(nothing)", "null");
    row("parseJson wrong type", "parseJson(items)", "!parseJson: expected text, got a list of 2 values");
    row("lookup null key", R"_(lookup("countries", nothing, "none"))_", R"_("none")_");
    row("lookup wrong table type", R"_(lookup(items, "x"))_", "!lookup: expected a table name, got a list of 2 values");
    row("concat objects", "concat(address)", R"_("{\"city\":\"Oslo\",\"zip\":\"0150\"}")_");
    row("function names any case", "LOWER(status)", R"_("active")_");
    row("now", "now()", R"_("2026-11-28T12:00:00Z")_");
    row("empty formula", "", "null");
}

void TestFormula::evaluate()
{
    QFETCH(QString, formula);
    QFETCH(QString, expected);
    const QStringList tables{QStringLiteral("countries")};
    Result<Formula> f = Formula::compile(formula, &tables);
    QVERIFY2(f.ok(), f.ok() ? "" : qPrintable(f.error().message));
    Result<Json> v = f->evaluate(record(), environment());
    if (expected.startsWith(u'!')) {
        QVERIFY2(!v.ok(), v.ok() ? v->dump().c_str() : "");
        QVERIFY2(v.error().message.startsWith(expected.mid(1)), qPrintable(v.error().message));
    } else {
        QVERIFY2(v.ok(), v.ok() ? "" : qPrintable(v.error().message));
        QCOMPARE(QString::fromStdString(v->dump()), QString::fromStdString(Json::parse(expected.toStdString()).dump()));
    }
}

void TestFormula::compileErrors_data()
{
    QTest::addColumn<QString>("formula");
    QTest::addColumn<QString>("error");
    auto row = [](const char *name, const char *formula, const char *error) {
        QTest::newRow(name) << QString::fromUtf8(formula) << QString::fromUtf8(error);
    };
    row("unknown function with a guess", R"_(concatt(a, b))_", R"_(column 1: unknown function "concatt" — did you mean "concat"?)_");
    row("unknown function further in", R"_(a & lowr(b))_", R"_(column 5: unknown function "lowr" — did you mean "lower"?)_");
    row("unknown function no guess", R"_(frobnicate(a))_", R"_(column 1: unknown function "frobnicate" — see the list of functions in docs/functions.md)_");
    row("unclosed text", R"_(concat("abc)_", R"_(column 8: the text that starts here has no closing ")_");
    row("missing parenthesis", R"_(lower(a)_", R"_(column 8: the formula ends too early; a ")" to close lower( is missing)_");
    row("stray parenthesis", "a)", R"_(column 2: this ")" has no "(" to close)_");
    row("missing operator", R"_(a b)_", R"_(column 3: unexpected "b"; put an operator such as & or + between values, or a comma between a function's values)_");
    row("too many arguments", R"_(left(a, 1, 2))_", R"_(column 1: left takes 2 values: left(text, count); it got 3)_");
    row("too few arguments", R"_(replace(a, "x"))_", R"_(column 1: replace takes 3 values: replace(text, find, replacement); it got 2)_");
    row("double ampersand", R"_(a && b)_", R"_(column 3: write "and" to combine conditions ("&" joins text))_");
    row("chained comparison", R"_(1 < a < 3)_", R"_(column 7: two comparisons in a row; combine them with and, e.g. a < b and b < c)_");
    row("bad bracket", R"_(items[x])_", R"_(column 7: inside [ ] put a position (0 for the first, -1 for the last), * for all, or a field name in quotes)_");
    row("unclosed bracket", R"_(items[0)_", R"_(column 6: this "[" is not closed with "]")_");
    row("dangling operator", R"_(a +)_", R"_(column 4: the formula ends too early; a value is missing)_");
    row("stray character", R"_(a # b)_", R"_(column 3: "#" has no meaning here; text belongs in quotes, like "#")_");
    row("unknown lookup table", R"_(lookup("contries", a))_", R"_(column 8: there is no lookup table "contries" — did you mean "countries"?)_");
    row("dot without name", R"_(address.)_", R"_(column 9: a field name must follow ".")_");
}

void TestFormula::compileErrors()
{
    QFETCH(QString, formula);
    QFETCH(QString, error);
    const QStringList tables{QStringLiteral("countries")};
    Result<Formula> f = Formula::compile(formula, &tables);
    QVERIFY(!f.ok());
    QCOMPARE(f.error().message, error);
    QCOMPARE(f.error().path, error.section(u':', 0, 0));
}

void TestFormula::fieldPathsAndFunctions()
{
    Result<Formula> f = Formula::compile(QStringLiteral(R"(concat(upper(CustomerName), ["first name"], address.city, sum(map(items[*], item.price))))"));
    QVERIFY(f.ok());
    QCOMPARE(f->fieldPaths(), QStringList({QStringLiteral("CustomerName"), QStringLiteral("[\"first name\"]"),
                                           QStringLiteral("address.city"), QStringLiteral("items[*]")}));
    QCOMPARE(f->functions(), QStringList({QStringLiteral("concat"), QStringLiteral("upper"), QStringLiteral("sum"), QStringLiteral("map")}));
    QVERIFY(Formula::functionNames().contains(QStringLiteral("formatDate")));
    QCOMPARE(Formula::functionNames().size(), 49);
}

void TestFormula::nothingIsParsedPerRecord()
{
    // A compiled formula is a tree; evaluating it never goes back to the text.
    Result<Formula> f = Formula::compile(QStringLiteral("lower(email_address) & \"!\""));
    QVERIFY(f.ok());
    Formula copy = *f;
    const FormulaEnvironment env;
    for (int i = 0; i < 1000; ++i) {
        Json r{{"email_address", "A" + std::to_string(i) + "@X"}};
        QCOMPARE(QString::fromStdString(copy.evaluate(r, env)->get<std::string>()), QStringLiteral("a%1@x!").arg(i));
    }
}

void TestFormula::lookupTables()
{
    Project p;
    p.lookupTables.append(LookupTable{QStringLiteral("status"), {{QStringLiteral("active"), QStringLiteral("A")}}});
    const FormulaEnvironment env = FormulaEnvironment::fromTables(p.lookupTables);
    Result<Formula> f = Formula::compile(QStringLiteral(R"(lookup("status", status, "-"))"));
    QVERIFY(f.ok());
    QCOMPARE(f->evaluate(Json{{"status", "active"}}, env)->get<std::string>(), std::string("A"));
    QCOMPARE(f->evaluate(Json{{"status", "gone"}}, env)->get<std::string>(), std::string("-"));
}

void TestFormula::nowIsInjectable()
{
    Result<Formula> f = Formula::compile(QStringLiteral("now()"));
    QVERIFY(f.ok());
    const Json real = *f->evaluate(Json::object(), FormulaEnvironment{});
    const QDateTime t = QDateTime::fromString(QString::fromStdString(real.get<std::string>()), Qt::ISODate);
    QVERIFY(qAbs(t.secsTo(QDateTime::currentDateTimeUtc())) < 5);
}

static Project demoProject()
{
    ProjectLoad load = ProjectFile::read(QStringLiteral(PATCHBAY_SOURCE_DIR "/resources/demo/demo.patchbay.json"));
    return *load.project;
}

void TestFormula::pipelineOfTheDemo()
{
    const Project p = demoProject();
    Problems problems;
    const RecordPipeline pipeline = RecordPipeline::compile(p, p.integrations[0], &problems);
    QVERIFY(pipeline.isValid());
    QVERIFY(problems.isEmpty());
    const Json active = Json::parse(R"({"id": 7, "CustomerName": "Olga Johnson", "email_address": "Olga.J@Company.example",
        "status": "active", "created": "2020-07-20T23:10:58.000Z", "address": {"city": "Reykjavík"}})");
    RecordPipeline::Outcome o = pipeline.process(active, pipeline.environment());
    QCOMPARE(o.status, RecordPipeline::Outcome::Status::Mapped);
    QCOMPARE(o.key, QStringLiteral("7"));
    QCOMPARE(QString::fromStdString(o.output.dump()),
             QStringLiteral(R"({"full_name":"Olga Johnson","email":"olga.j@company.example","active":true,"signup_date":"2020-07-20","city":"Reykjavík"})"));
    Json inactive = active;
    inactive["status"] = "inactive";
    QCOMPARE(pipeline.process(inactive, pipeline.environment()).status, RecordPipeline::Outcome::Status::FilteredOut);
}

void TestFormula::pipelineErrorsArePerRecordAndField()
{
    const Project p = demoProject();
    Problems problems;
    const RecordPipeline pipeline = RecordPipeline::compile(p, p.integrations[0], &problems);
    // A broken date and a missing required name: both fields report, the others still map.
    const Json bad = Json::parse(R"({"id": 8, "email_address": "x@y", "status": "active", "created": "yesterday", "address": {"city": "Oslo"}})");
    RecordPipeline::Outcome o = pipeline.process(bad, pipeline.environment());
    QCOMPARE(o.status, RecordPipeline::Outcome::Status::Failed);
    QCOMPARE(o.errors(), QStringList({
        QStringLiteral("field full_name: required, but the formula gave nothing (null)"),
        QStringLiteral("field signup_date: formatDate: the text \"yesterday\" is not a date; write dates as ISO 8601, e.g. "
                       "\"2024-03-05\" or \"2024-03-05T10:00:00Z\", or read them with parseDate(text, pattern)"),
    }));
    QCOMPARE(o.fields[4].value.get<std::string>(), std::string("Oslo"));
    // The next record is not affected.
    const Json good = Json::parse(R"({"id": 9, "CustomerName": "A", "email_address": "a@b", "status": "active", "created": "2021-01-01"})");
    QCOMPARE(pipeline.process(good, pipeline.environment()).status, RecordPipeline::Outcome::Status::Mapped);
}

void TestFormula::pipelineRequiredFromTargetSchema()
{
    Project p = demoProject();
    // Not marked required in the mapping, but required by the target's schema.
    p.integrations[0].nodes[2].fields[1].required = false;
    Problems problems;
    const RecordPipeline pipeline = RecordPipeline::compile(p, p.integrations[0], &problems);
    const Json noEmail = Json::parse(R"({"id": 1, "CustomerName": "A", "status": "active"})");
    RecordPipeline::Outcome o = pipeline.process(noEmail, pipeline.environment());
    QCOMPARE(o.status, RecordPipeline::Outcome::Status::Failed);
    QCOMPARE(o.errors(), QStringList(QStringLiteral("field email: required, but the formula gave nothing (null)")));
}

void TestFormula::pipelineCompileProblemsHavePaths()
{
    Project p = demoProject();
    p.integrations[0].nodes[2].fields[3].formula = QStringLiteral("formatDat(created)");
    p.integrations[0].nodes[1].condition = QStringLiteral("status = ");
    Problems problems;
    const RecordPipeline pipeline = RecordPipeline::compile(p, p.integrations[0], &problems);
    QVERIFY(!pipeline.isValid());
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems[0].toString(), QStringLiteral("integrations[0].nodes[1].condition: column 10: the formula ends too early; a value is missing"));
    QCOMPARE(problems[1].toString(), QStringLiteral("integrations[0].nodes[2].fields[3].formula: column 1: unknown function \"formatDat\" — did you mean \"formatDate\"?"));
}

void TestFormula::targetPaths()
{
    Json out = Json::object();
    QVERIFY(RecordPipeline::setPath(out, QStringLiteral("address.city"), "Oslo"));
    QVERIFY(RecordPipeline::setPath(out, QStringLiteral("address.zip"), "0150"));
    QVERIFY(RecordPipeline::setPath(out, QStringLiteral("tags[1]"), "b"));
    QVERIFY(RecordPipeline::setPath(out, QStringLiteral("lines[0].sku"), "A1"));
    QCOMPARE(QString::fromStdString(out.dump()),
             QStringLiteral(R"({"address":{"city":"Oslo","zip":"0150"},"tags":[null,"b"],"lines":[{"sku":"A1"}]})"));
    QVERIFY(!RecordPipeline::setPath(out, QStringLiteral("address.city.x"), 1)); // city is text
    QVERIFY(!RecordPipeline::setPath(out, QStringLiteral("a..b"), 1));
}

void TestFormula::previewOfOneMapping()
{
    const Project p = demoProject();
    QList<FieldMapping> fields{{QStringLiteral("name"), QStringLiteral("upper(CustomerName)"), false},
                               {QStringLiteral("year"), QStringLiteral("formatDate(created, \"yyyy\")"), false}};
    Problems problems;
    const RecordPipeline preview = RecordPipeline::forMapping(fields, QString(), p, &problems);
    QVERIFY(preview.isValid());
    const Json samples = Json::parse(R"([{"CustomerName": "a", "created": "2024-01-02"}, {"CustomerName": 5, "created": "soon"}])");
    QStringList cells;
    for (const Json &s : samples) {
        const RecordPipeline::Outcome o = preview.process(s, preview.environment());
        for (const RecordPipeline::Field &f : o.fields)
            cells.append(f.error.isEmpty() ? QString::fromStdString(f.value.dump()) : QStringLiteral("ERROR ") + f.error.left(30));
    }
    QCOMPARE(cells, QStringList({QStringLiteral("\"A\""), QStringLiteral("\"2024\""), QStringLiteral("\"5\""),
                                 QStringLiteral("ERROR formatDate: the text \"soon\" is")}));
}

void TestFormula::documentedExamplesHold()
{
    // Every example in docs/functions.md, on the record shown there, gives the result shown.
    QFile doc(QStringLiteral(PATCHBAY_SOURCE_DIR "/docs/functions.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    const qsizetype recordStart = text.indexOf(QStringLiteral("```json\n")) + 8;
    const Json sample = Json::parse(text.mid(recordStart, text.indexOf(QStringLiteral("```"), recordStart) - recordStart).toStdString());
    const QRegularExpression row(QStringLiteral("^\\| (\\w+)\\(.*\\| `(.+)` \\| `(.+)` \\|$"), QRegularExpression::MultilineOption);
    QStringList documented;
    auto it = row.globalMatch(text);
    int examples = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        documented.append(m.captured(1));
        const QStringList tables{QStringLiteral("countries")};
        Result<Formula> f = Formula::compile(m.captured(2), &tables);
        QVERIFY2(f.ok(), qPrintable(m.captured(2)));
        Result<Json> v = f->evaluate(sample, environment());
        QVERIFY2(v.ok(), qPrintable(m.captured(2) + u' ' + (v.ok() ? QString() : v.error().message)));
        QCOMPARE(QString::fromStdString(v->dump()), QString::fromStdString(Json::parse(m.captured(3).toStdString()).dump()));
        ++examples;
    }
    // And every function is documented.
    for (const QString &name : Formula::functionNames())
        QVERIFY2(documented.contains(name), qPrintable(name + QStringLiteral(" is missing from docs/functions.md")));
    QCOMPARE(examples, Formula::functionNames().size());
}

void TestFormula::filterRowsAndFormulas()
{
    using Op = FilterRule::Op;
    // Rows → a formula → the same rows; the formula means what the rows say.
    const QList<FilterRules> cases{
        {true, {{QStringLiteral("status"), Op::Is, QStringLiteral("pending")}}},
        {true, {{QStringLiteral("status"), Op::IsNot, QStringLiteral("inactive")}, {QStringLiteral("address.city"), Op::Contains, QStringLiteral("Os")}}},
        {false, {{QStringLiteral("age"), Op::GreaterOrEqual, QStringLiteral("18")}, {QStringLiteral("email_address"), Op::IsEmpty, {}}}},
        {true, {{QStringLiteral("first name"), Op::StartsWith, QStringLiteral("Sa \"x\" and y")}, {QStringLiteral("note"), Op::IsNotEmpty, {}}}},
        {true, {{QStringLiteral("n"), Op::Less, QStringLiteral("-2.5")}, {QStringLiteral("n"), Op::LessOrEqual, QStringLiteral("7")},
                {QStringLiteral("n"), Op::Greater, QStringLiteral("a or b")}}},
    };
    for (const FilterRules &rules : cases) {
        const QString formula = rules.toFormula();
        QVERIFY2(Formula::compile(formula).ok(), qPrintable(formula));
        const std::optional<FilterRules> back = FilterRules::fromFormula(formula);
        QVERIFY2(back && *back == rules, qPrintable(formula));
    }
    QCOMPARE(cases[0].toFormula(), QStringLiteral("status = \"pending\""));
    QCOMPARE(cases[2].toFormula(), QStringLiteral("age >= 18 or isEmpty(email_address)"));
    QCOMPARE(cases[3].toFormula(), QStringLiteral("startsWith([\"first name\"], \"Sa \"\"x\"\" and y\") and not isEmpty(note)"));
    // What the formula keeps.
    auto keeps = [](const FilterRules &rules, const Json &rec) {
        Result<Formula> f = Formula::compile(rules.toFormula());
        if (!f.ok())
            return false;
        const Result<Json> v = f->evaluate(rec, FormulaEnvironment());
        return v.ok() && *v == Json(true);
    };
    QVERIFY(keeps(cases[0], Json{{"status", "pending"}}));
    QVERIFY(!keeps(cases[0], Json{{"status", "active"}}));
    QVERIFY(keeps(cases[1], Json{{"status", "active"}, {"address", {{"city", "Oslo"}}}}));
    QVERIFY(!keeps(cases[1], Json{{"status", "active"}, {"address", {{"city", "Bergen"}}}}));
    QVERIFY(keeps(cases[2], Json{{"age", "21"}, {"email_address", "x@y"}}));
    QVERIFY(keeps(cases[2], Json{{"age", 3}}));
    QVERIFY(!keeps(cases[2], Json{{"age", 3}, {"email_address", "x@y"}}));
    // No rows: no condition (a filter that keeps everything); formulas of another shape stay formulas.
    QCOMPARE(FilterRules{}.toFormula(), QString());
    QVERIFY(FilterRules::fromFormula(QString()) && FilterRules::fromFormula(QString())->rules.isEmpty());
    QCOMPARE(FilterRules::fromFormula(QStringLiteral("status = \"active\""))->rules.size(), 1);
    QVERIFY(!FilterRules::fromFormula(QStringLiteral("lower(status) = \"active\"")));
    QVERIFY(!FilterRules::fromFormula(QStringLiteral("a = 1 and b = 2 or c = 3")));
    QVERIFY(!FilterRules::fromFormula(QStringLiteral("status = \"a\" \"b\"")));
}

QTEST_GUILESS_MAIN(TestFormula)
#include "tst_formula.moc"
