#include "parser.h"

#include "util/suggest.h"

#include <QCoreApplication>

namespace patchbay::expr {

namespace {

constexpr int MaxDepth = 200;

struct Token
{
    enum class Kind { End, Number, String, Ident, Symbol };
    Kind kind = Kind::End;
    QString text; // symbol, identifier, or decoded string
    double number = 0;
    bool integral = false;
    int column = 1;
};

struct Failure
{
    ParseError error;
};

class Lexer
{
public:
    explicit Lexer(const QString &text) : m_text(text) {}

    Token next()
    {
        while (m_pos < m_text.size() && m_text[m_pos].isSpace())
            ++m_pos;
        Token t;
        t.column = int(m_pos) + 1;
        if (m_pos >= m_text.size())
            return t;
        const QChar c = m_text[m_pos];
        if (c.isDigit() || (c == u'.' && m_pos + 1 < m_text.size() && m_text[m_pos + 1].isDigit()))
            return number(t);
        if (c == u'"' || c == u'\'')
            return string(t);
        if (c.isLetter() || c == u'_') {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && (m_text[m_pos].isLetterOrNumber() || m_text[m_pos] == u'_'))
                ++m_pos;
            t.kind = Token::Kind::Ident;
            t.text = m_text.mid(start, m_pos - start);
            return t;
        }
        static const char *const twoChar[] = {"<=", ">=", "<>", "!=", "==", "&&", "||"};
        for (const char *op : twoChar) {
            if (m_text.mid(m_pos, 2) == QLatin1String(op)) {
                m_pos += 2;
                t.kind = Token::Kind::Symbol;
                t.text = QString::fromLatin1(op);
                if (t.text == u"&&" || t.text == u"||")
                    throw Failure{{t.column, t.text == u"&&" ? QCoreApplication::translate("patchbay::Formula", "write \"and\" to combine conditions (\"&\" joins text)")
                                                             : QCoreApplication::translate("patchbay::Formula", "write \"or\" for either condition")}};
                return t;
            }
        }
        if (QStringLiteral("+-*/&=<>(),.[]").contains(c)) {
            ++m_pos;
            t.kind = Token::Kind::Symbol;
            t.text = c;
            return t;
        }
        throw Failure{{t.column, QCoreApplication::translate("patchbay::Formula", "\"%1\" has no meaning here; text belongs in quotes, like \"%1\"").arg(c)}};
    }

private:
    Token number(Token t)
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos].isDigit())
            ++m_pos;
        bool integral = true;
        if (m_pos < m_text.size() && m_text[m_pos] == u'.' && m_pos + 1 < m_text.size() && m_text[m_pos + 1].isDigit()) {
            integral = false;
            ++m_pos;
            while (m_pos < m_text.size() && m_text[m_pos].isDigit())
                ++m_pos;
        }
        if (m_pos < m_text.size() && (m_text[m_pos] == u'e' || m_text[m_pos] == u'E')) {
            qsizetype p = m_pos + 1;
            if (p < m_text.size() && (m_text[p] == u'+' || m_text[p] == u'-'))
                ++p;
            if (p < m_text.size() && m_text[p].isDigit()) {
                integral = false;
                m_pos = p;
                while (m_pos < m_text.size() && m_text[m_pos].isDigit())
                    ++m_pos;
            }
        }
        bool ok = false;
        t.kind = Token::Kind::Number;
        t.number = m_text.mid(start, m_pos - start).toDouble(&ok);
        t.integral = integral;
        if (!ok)
            throw Failure{{t.column, QCoreApplication::translate("patchbay::Formula", "this number cannot be read")}};
        return t;
    }

    Token string(Token t)
    {
        const QChar quote = m_text[m_pos++];
        QString out;
        while (true) {
            if (m_pos >= m_text.size())
                throw Failure{{t.column, QCoreApplication::translate("patchbay::Formula", "the text that starts here has no closing %1").arg(quote)}};
            const QChar c = m_text[m_pos++];
            if (c == quote) {
                // A doubled quote stands for one, as in spreadsheets: "say ""hi"""
                if (m_pos < m_text.size() && m_text[m_pos] == quote) {
                    out += quote;
                    ++m_pos;
                    continue;
                }
                break;
            }
            if (c == u'\\' && m_pos < m_text.size()) {
                const QChar e = m_text[m_pos++];
                switch (e.unicode()) {
                case 'n': out += u'\n'; break;
                case 't': out += u'\t'; break;
                case 'r': out += u'\r'; break;
                case 'u': {
                    bool ok = false;
                    const uint code = m_text.mid(m_pos, 4).toUInt(&ok, 16);
                    if (!ok || m_text.mid(m_pos, 4).size() != 4)
                        throw Failure{{int(m_pos) - 1, QCoreApplication::translate("patchbay::Formula", "\\u must be followed by four hex digits")}};
                    out += QChar(char16_t(code));
                    m_pos += 4;
                    break;
                }
                default: out += e; break;
                }
                continue;
            }
            out += c;
        }
        t.kind = Token::Kind::String;
        t.text = out;
        return t;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
};

class Parser
{
public:
    Parser(const QString &text, const QStringList *tables, bool checkArity)
        : m_lexer(text), m_tables(tables), m_checkArity(checkArity)
    {
        advance();
    }

    std::unique_ptr<Node> formula()
    {
        auto n = orExpr();
        if (m_tok.kind != Token::Kind::End) {
            if (isSymbol(u")"))
                throw Failure{{m_tok.column, QCoreApplication::translate("patchbay::Formula", "this \")\" has no \"(\" to close")}};
            throw Failure{{m_tok.column, QCoreApplication::translate("patchbay::Formula", "unexpected %1; put an operator such as & or + between values, "
                                            "or a comma between a function's values").arg(describe(m_tok))}};
        }
        return n;
    }

private:
    static QString describe(const Token &t)
    {
        switch (t.kind) {
        case Token::Kind::End: return QCoreApplication::translate("patchbay::Formula", "end of the formula");
        case Token::Kind::Number: return QCoreApplication::translate("patchbay::Formula", "number %1").arg(t.number);
        case Token::Kind::String: return QCoreApplication::translate("patchbay::Formula", "text \"%1\"").arg(t.text);
        case Token::Kind::Ident: return u'"' + t.text + u'"';
        case Token::Kind::Symbol: return u'"' + t.text + u'"';
        }
        return {};
    }

    void advance() { m_tok = m_lexer.next(); }
    bool isSymbol(const char16_t *s) const { return m_tok.kind == Token::Kind::Symbol && m_tok.text == QStringView(s); }
    bool isKeyword(const char *k) const
    {
        return m_tok.kind == Token::Kind::Ident && m_tok.text.compare(QLatin1String(k), Qt::CaseInsensitive) == 0;
    }
    void expect(const char16_t *s, const QString &what)
    {
        if (!isSymbol(s)) {
            if (m_tok.kind == Token::Kind::End)
                throw Failure{{m_tok.column, QCoreApplication::translate("patchbay::Formula", "the formula ends too early; %1 is missing").arg(what)}};
            throw Failure{{m_tok.column, QCoreApplication::translate("patchbay::Formula", "expected %1, found %2").arg(what, describe(m_tok))}};
        }
        advance();
    }

    struct DepthGuard
    {
        explicit DepthGuard(Parser *p) : p(p)
        {
            if (++p->m_depth > MaxDepth)
                throw Failure{{p->m_tok.column, QCoreApplication::translate("patchbay::Formula", "the formula is nested too deeply (more than %1 levels)").arg(MaxDepth)}};
        }
        ~DepthGuard() { --p->m_depth; }
        Parser *p;
    };

    std::unique_ptr<Node> binary(Node::Op op, int column, std::unique_ptr<Node> l, std::unique_ptr<Node> r)
    {
        auto n = std::make_unique<Node>(Node::Kind::Binary);
        n->op = op;
        n->column = column;
        n->children.push_back(std::move(l));
        n->children.push_back(std::move(r));
        return n;
    }

    std::unique_ptr<Node> orExpr()
    {
        DepthGuard guard(this);
        auto l = andExpr();
        while (isKeyword("or")) {
            const int col = m_tok.column;
            advance();
            l = binary(Node::Op::Or, col, std::move(l), andExpr());
        }
        return l;
    }

    std::unique_ptr<Node> andExpr()
    {
        auto l = notExpr();
        while (isKeyword("and")) {
            const int col = m_tok.column;
            advance();
            l = binary(Node::Op::And, col, std::move(l), notExpr());
        }
        return l;
    }

    std::unique_ptr<Node> notExpr()
    {
        if (isKeyword("not")) {
            DepthGuard guard(this);
            auto n = std::make_unique<Node>(Node::Kind::Unary);
            n->op = Node::Op::Not;
            n->column = m_tok.column;
            advance();
            n->children.push_back(notExpr());
            return n;
        }
        return comparison();
    }

    std::unique_ptr<Node> comparison()
    {
        auto l = concat();
        static const struct
        {
            const char16_t *symbol;
            Node::Op op;
        } ops[] = {{u"=", Node::Op::Eq},  {u"==", Node::Op::Eq}, {u"<>", Node::Op::Ne}, {u"!=", Node::Op::Ne},
                   {u"<", Node::Op::Lt},  {u"<=", Node::Op::Le}, {u">", Node::Op::Gt},  {u">=", Node::Op::Ge}};
        for (const auto &o : ops) {
            if (isSymbol(o.symbol)) {
                const int col = m_tok.column;
                advance();
                auto n = binary(o.op, col, std::move(l), concat());
                for (const auto &again : ops)
                    if (isSymbol(again.symbol))
                        throw Failure{{m_tok.column, QCoreApplication::translate("patchbay::Formula", "two comparisons in a row; combine them with and, e.g. a < b and b < c")}};
                return n;
            }
        }
        return l;
    }

    std::unique_ptr<Node> concat()
    {
        auto l = additive();
        while (isSymbol(u"&")) {
            const int col = m_tok.column;
            advance();
            l = binary(Node::Op::Concat, col, std::move(l), additive());
        }
        return l;
    }

    std::unique_ptr<Node> additive()
    {
        auto l = multiplicative();
        while (isSymbol(u"+") || isSymbol(u"-")) {
            const Node::Op op = isSymbol(u"+") ? Node::Op::Add : Node::Op::Sub;
            const int col = m_tok.column;
            advance();
            l = binary(op, col, std::move(l), multiplicative());
        }
        return l;
    }

    std::unique_ptr<Node> multiplicative()
    {
        auto l = unary();
        while (isSymbol(u"*") || isSymbol(u"/")) {
            const Node::Op op = isSymbol(u"*") ? Node::Op::Mul : Node::Op::Div;
            const int col = m_tok.column;
            advance();
            l = binary(op, col, std::move(l), unary());
        }
        return l;
    }

    std::unique_ptr<Node> unary()
    {
        if (isSymbol(u"-")) {
            DepthGuard guard(this);
            const int col = m_tok.column;
            advance();
            auto operand = unary();
            if (operand->kind == Node::Kind::Literal && operand->literal.is_number()) {
                operand->literal = numberJson(-operand->literal.get<double>());
                operand->column = col;
                return operand;
            }
            auto n = std::make_unique<Node>(Node::Kind::Unary);
            n->op = Node::Op::Neg;
            n->column = col;
            n->children.push_back(std::move(operand));
            return n;
        }
        if (isSymbol(u"+")) {
            advance();
            return unary();
        }
        return postfix(primary());
    }

    /// `.name`, `[0]`, `[-1]`, `[*]`, `["odd name"]` after a value.
    std::unique_ptr<Node> postfix(std::unique_ptr<Node> base)
    {
        while (isSymbol(u".") || isSymbol(u"[")) {
            Segment s;
            if (isSymbol(u".")) {
                advance();
                if (m_tok.kind != Token::Kind::Ident)
                    throw Failure{{m_tok.column, QCoreApplication::translate("patchbay::Formula", "a field name must follow \".\"")}};
                s.name = m_tok.text.toStdString();
                advance();
            } else {
                s = bracket();
            }
            if (base->kind == Node::Kind::Path || base->kind == Node::Kind::Access) {
                base->segments.push_back(std::move(s));
            } else {
                auto n = std::make_unique<Node>(Node::Kind::Access);
                n->column = base->column;
                n->children.push_back(std::move(base));
                n->segments.push_back(std::move(s));
                base = std::move(n);
            }
        }
        return base;
    }

    Segment bracket()
    {
        const int open = m_tok.column;
        advance(); // [
        Segment s;
        if (isSymbol(u"*")) {
            s.kind = Segment::Kind::Wildcard;
            advance();
        } else if (m_tok.kind == Token::Kind::String) {
            s.name = m_tok.text.toStdString();
            advance();
        } else {
            bool negative = false;
            if (isSymbol(u"-")) {
                negative = true;
                advance();
            }
            if (m_tok.kind != Token::Kind::Number || !m_tok.integral)
                throw Failure{{m_tok.column, QCoreApplication::translate("patchbay::Formula", "inside [ ] put a position (0 for the first, -1 for the last), * for "
                                                "all, or a field name in quotes")}};
            s.kind = Segment::Kind::Index;
            s.index = (long long)m_tok.number * (negative ? -1 : 1);
            advance();
        }
        if (!isSymbol(u"]"))
            throw Failure{{open, QCoreApplication::translate("patchbay::Formula", "this \"[\" is not closed with \"]\"")}};
        advance();
        return s;
    }

    std::unique_ptr<Node> primary()
    {
        const Token t = m_tok;
        switch (t.kind) {
        case Token::Kind::End:
            throw Failure{{t.column, t.column == 1 ? QCoreApplication::translate("patchbay::Formula", "the formula is empty") : QCoreApplication::translate("patchbay::Formula", "the formula ends too early; a value is missing")}};
        case Token::Kind::Number: {
            advance();
            auto n = std::make_unique<Node>(Node::Kind::Literal);
            n->column = t.column;
            n->literal = numberJson(t.number);
            return n;
        }
        case Token::Kind::String: {
            advance();
            auto n = std::make_unique<Node>(Node::Kind::Literal);
            n->column = t.column;
            n->literal = t.text.toStdString();
            return n;
        }
        case Token::Kind::Symbol:
            if (t.text == u"(") {
                DepthGuard guard(this);
                advance();
                auto inner = orExpr();
                expect(u")", QCoreApplication::translate("patchbay::Formula", "a closing \")\" for the \"(\" at column %1").arg(t.column));
                return inner;
            }
            if (t.text == u"[") {
                auto n = std::make_unique<Node>(Node::Kind::Path);
                n->column = t.column;
                n->segments.push_back(bracket());
                if (n->segments.back().kind != Segment::Kind::Field)
                    throw Failure{{t.column, QCoreApplication::translate("patchbay::Formula", "a formula starts with a field name; [\"odd name\"] for names with spaces")}};
                return n;
            }
            throw Failure{{t.column, QCoreApplication::translate("patchbay::Formula", "unexpected %1; a value, a field or a function is missing here").arg(describe(t))}};
        case Token::Kind::Ident:
            break;
        }
        advance();
        if (isSymbol(u"("))
            return call(t);
        const QString lower = t.text.toLower();
        if (lower == u"true" || lower == u"false" || lower == u"null") {
            auto n = std::make_unique<Node>(Node::Kind::Literal);
            n->column = t.column;
            n->literal = lower == u"null" ? Json() : Json(lower == u"true");
            return n;
        }
        auto n = std::make_unique<Node>(Node::Kind::Path);
        n->column = t.column;
        if (t.text == u"item" && m_lambdaDepth > 0) {
            n->fromItem = true;
        } else {
            Segment s;
            s.name = t.text.toStdString();
            n->segments.push_back(std::move(s));
        }
        return n;
    }

    std::unique_ptr<Node> call(const Token &name)
    {
        DepthGuard guard(this);
        const FunctionDef *f = findFunction(name.text);
        if (!f) {
            QStringList names;
            for (const FunctionDef &d : allFunctions())
                names.append(QString::fromLatin1(d.name));
            QString message = QCoreApplication::translate("patchbay::Formula", "unknown function \"%1\"").arg(name.text);
            const QString guess = closestMatch(name.text, names);
            if (!guess.isEmpty())
                message += QCoreApplication::translate("patchbay::Formula", " — did you mean \"%1\"?").arg(guess);
            else
                message += QCoreApplication::translate("patchbay::Formula", " — see the list of functions in docs/functions.md");
            throw Failure{{name.column, message}};
        }
        auto n = std::make_unique<Node>(Node::Kind::Call);
        n->column = name.column;
        n->function = f;
        advance(); // (
        if (!isSymbol(u")")) {
            while (true) {
                const bool lambda = int(n->children.size()) == f->lambdaArg;
                if (lambda)
                    ++m_lambdaDepth;
                const int start = m_tok.column - 1;
                n->children.push_back(orExpr());
                n->argSpans.emplace_back(start, m_tok.column - 1);
                if (lambda)
                    --m_lambdaDepth;
                if (isSymbol(u",")) {
                    advance();
                    continue;
                }
                break;
            }
        }
        n->closeOffset = m_tok.column - 1;
        expect(u")", QCoreApplication::translate("patchbay::Formula", "a \")\" to close %1(").arg(QString::fromLatin1(f->name)));
        const int count = int(n->children.size());
        if (m_checkArity && (count < f->minArgs || (f->maxArgs >= 0 && count > f->maxArgs))) {
            auto values = [](int n) {
                return n == 1 ? QCoreApplication::translate("patchbay::Formula", "1 value")
                              : QCoreApplication::translate("patchbay::Formula", "%1 values").arg(n);
            };
            QString expected;
            if (f->maxArgs < 0)
                expected = QCoreApplication::translate("patchbay::Formula", "at least %1").arg(values(f->minArgs));
            else if (f->minArgs == f->maxArgs)
                expected = values(f->minArgs);
            else
                expected = QCoreApplication::translate("patchbay::Formula", "%1 to %2").arg(f->minArgs).arg(values(f->maxArgs));
            throw Failure{{name.column, QCoreApplication::translate("patchbay::Formula", "%1 takes %2: %3; it got %4")
                                            .arg(QString::fromLatin1(f->name), expected, QString::fromLatin1(f->signature))
                                            .arg(count)}};
        }
        if (QLatin1String(f->name) == QLatin1String("lookup") && m_tables && !n->children.empty() && n->children[0]->kind == Node::Kind::Literal &&
            n->children[0]->literal.is_string()) {
            const QString table = QString::fromStdString(n->children[0]->literal.get<std::string>());
            if (!m_tables->contains(table)) {
                QString message = QCoreApplication::translate("patchbay::Formula", "there is no lookup table \"%1\"").arg(table);
                const QString guess = closestMatch(table, *m_tables);
                if (!guess.isEmpty())
                    message += QCoreApplication::translate("patchbay::Formula", " — did you mean \"%1\"?").arg(guess);
                else if (!m_tables->isEmpty())
                    message += QCoreApplication::translate("patchbay::Formula", "; the project has: %1").arg(m_tables->join(QStringLiteral(", ")));
                else
                    message += QCoreApplication::translate("patchbay::Formula", "; add one to the project first");
                throw Failure{{n->children[0]->column, message}};
            }
        }
        return n;
    }

    Lexer m_lexer;
    Token m_tok;
    const QStringList *m_tables;
    bool m_checkArity = true;
    int m_depth = 0;
    int m_lambdaDepth = 0;
};

} // namespace

std::unique_ptr<Node> parse(const QString &text, const QStringList *tableNames, ParseError *error, Arity arity)
{
    try {
        Parser p(text, tableNames, arity == Arity::Checked);
        return p.formula();
    } catch (const Failure &f) {
        *error = f.error;
        return nullptr;
    }
}

} // namespace patchbay::expr
