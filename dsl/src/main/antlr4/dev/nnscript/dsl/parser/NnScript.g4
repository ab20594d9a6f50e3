// The .nn language: one statement per line. docs/language.md is the reference; this grammar is
// the only parser source (generated into target/ at build time).
//
// The grammar is deliberately loose where a precise message helps the user more than a syntax
// error would: keys of `name=value` settings, activation names and most words are plain
// identifiers here, and the spec builder and validator say what is wrong with them. Nothing
// recurses (lists are flat), so deeply nested brackets cannot overflow the stack.
grammar NnScript;

script
    : NL* (statement (NL+ statement)*)? NL* EOF
    ;

statement
    : NETWORK STRING                                            # networkStatement
    | INPUT nameList                                            # inputStatement
    | HIDDEN_KW size=NUMBER? activation setting* freeze?           # hiddenStatement
    | LAYER                                                     # layerStatement
    | OUTPUT labels activation setting* freeze?                 # outputStatement
    | DATA STRING setting*                                      # csvDataStatement
    | DATA names setting* NL+ (row NL+)* END                    # inlineDataStatement
    | TRAIN setting+                                            # trainStatement
    | PREDICT NUMBER (',' NUMBER)*                              # predictStatement
    | REPORT IDENT (',' IDENT)*                                 # reportStatement
    | IDENT (~NL)*                                              # unknownStatement
    ;

names
    : name (',' name)*
    ;

// Input names, where a range such as p0..p63 stands for p0, p1, ..., p63.
nameList
    : nameItem (',' nameItem)*
    ;

nameItem
    : name                                                      # singleName
    | NAME_RANGE                                                # nameRange
    ;

// Output names may be whole numbers, so class labels 0..9 match the data.
labels
    : label (',' label)*
    ;

label
    : name                                                      # nameLabel
    | NUMBER                                                    # numberLabel
    | NAME_RANGE                                                # rangeLabel
    ;

// Keywords other than `end` may also be used as names.
name
    : IDENT | NETWORK | INPUT | HIDDEN_KW | LAYER | OUTPUT | DATA | TRAIN | PREDICT | REPORT | FREEZE
    ;

activation
    : IDENT ('(' NUMBER ')')?
    ;

setting
    : key=IDENT '=' value
    ;

value
    : NUMBER                                                    # numberValue
    | '?'                                                       # unknownValue
    // Entries are a token set, not a rule, so 200,000 numbers make no parse-tree node each.
    | '[' items+=(NUMBER | QUESTION | IDENT | HYPHENATED)
      (',' items+=(NUMBER | QUESTION | IDENT | HYPHENATED))* ']'  # listValue
    | NUMBER_LIST                                               # numberListValue
    | word ('(' NUMBER (',' NUMBER)* ')')?                      # wordValue
    | STRING                                                    # stringValue
    ;

word
    : IDENT | HYPHENATED
    ;

freeze
    : FREEZE (freezeTarget (',' freezeTarget)*)?
    ;

freezeTarget
    : IDENT ('[' NUMBER ']')?
    ;

row
    : cell (',' cell)*
    ;

cell
    : NUMBER                                                    # numberCell
    | name                                                      # nameCell
    | HYPHENATED                                                # wordCell
    ;

NETWORK : 'network' ;
INPUT   : 'input' ;
HIDDEN_KW  : 'hidden' ;
LAYER   : 'layer' ;
OUTPUT  : 'output' ;
DATA    : 'data' ;
END     : 'end' ;
TRAIN   : 'train' ;
PREDICT : 'predict' ;
REPORT  : 'report' ;
FREEZE  : 'freeze' ;

EQUALS   : '=' ;
COMMA    : ',' ;
LBRACKET : '[' ;
RBRACKET : ']' ;
LPAREN   : '(' ;
RPAREN   : ')' ;
QUESTION : '?' ;

// Signed decimals with optional exponent: 2, -0.85, .5, 1., 1.7e0, -1.6E1.
NUMBER
    : NUMBER_FORM
    ;

// A list of two or more numbers or '?' on one line is one token, so a layer of 200,000 weights is
// one token per node line rather than 400,000 (the spec builder splits it). A list with anything
// else in it (a name, NaN, a mistake) does not match and is parsed entry by entry, so messages stay
// precise; one-entry lists too, so `freeze w[2]` keeps its own tokens.
NUMBER_LIST
    : '[' LIST_SPACE LIST_ENTRY (LIST_SPACE ',' LIST_SPACE LIST_ENTRY)+ LIST_SPACE ']'
    ;

// Setting values such as cross-entropy; longer than IDENT, so it wins when a '-' joins words.
HYPHENATED
    : IDENT_PART ('-' IDENT_PART)+
    ;

// p0..p63 or 0..9: one token, longer than the name or number it starts with, so it wins. The spec
// builder checks its ends (same prefix, whole numbers counting up).
NAME_RANGE
    : RANGE_END '..' RANGE_END
    ;

IDENT
    : IDENT_PART
    ;

STRING
    : '"' ('\\' ~[\r\n] | ~["\\\r\n])* '"'
    ;

// A string with no closing quote on its line; the parser reports it by name.
UNTERMINATED_STRING
    : '"' ('\\' ~[\r\n] | ~["\\\r\n])*
    ;

NL
    : '\r'? '\n' | '\r'
    ;

WS
    : [ \t\f]+ -> skip
    ;

// On the hidden channel: the parser never sees comments, but the formatter keeps them (a comment
// runs to the end of its line, so no statement or list can hold one inside it).
COMMENT
    : '#' ~[\r\n]* -> channel(HIDDEN)
    ;

// Any other character becomes a token, so the lexer never fails and the parser reports it.
ERROR_CHAR
    : .
    ;

fragment DIGITS
    : [0-9]+
    ;

fragment NUMBER_FORM
    : [+-]? (DIGITS ('.' DIGITS?)? | '.' DIGITS) ([eE] [+-]? DIGITS)?
    ;

fragment LIST_ENTRY
    : NUMBER_FORM | '?'
    ;

fragment LIST_SPACE
    : [ \t\f]*
    ;

fragment RANGE_END
    : [a-zA-Z0-9_]+
    ;

fragment IDENT_PART
    : [a-zA-Z_] [a-zA-Z0-9_]*
    ;
