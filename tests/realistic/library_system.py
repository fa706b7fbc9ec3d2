"""A lending library: members, loans, due dates, fines, reports and a JSON snapshot."""
import json
from dataclasses import dataclass, field, asdict
from datetime import date, timedelta
from enum import Enum
from collections import defaultdict


class Genre(str, Enum):
    FICTION = "fiction"
    SCIENCE = "science"
    HISTORY = "history"


@dataclass
class Book:
    isbn: str
    title: str
    author: str
    genre: Genre
    copies: int = 1


@dataclass
class Loan:
    isbn: str
    member: str
    out: date
    due: date
    back: date = None

    def fine(self, today):
        end = self.back or today
        late = (end - self.due).days
        return max(0, late) * 0.25


@dataclass
class Member:
    name: str
    limit: int = 3
    loans: list = field(default_factory=list)


class LibraryError(Exception):
    pass


class Library:
    LOAN_DAYS = 14

    def __init__(self):
        self.books = {}
        self.members = {}
        self.loans = []

    def add(self, book):
        if book.isbn in self.books:
            self.books[book.isbn].copies += book.copies
        else:
            self.books[book.isbn] = book

    def available(self, isbn):
        out = sum(1 for l in self.loans if l.isbn == isbn and l.back is None)
        return self.books[isbn].copies - out

    def lend(self, isbn, name, today):
        member = self.members.setdefault(name, Member(name))
        if isbn not in self.books:
            raise LibraryError(f"unknown ISBN {isbn}")
        active = [l for l in member.loans if l.back is None]
        if len(active) >= member.limit:
            raise LibraryError(f"{name} already has {len(active)} books")
        if self.available(isbn) <= 0:
            raise LibraryError(f"no copies of {self.books[isbn].title!r} left")
        loan = Loan(isbn, name, today, today + timedelta(days=self.LOAN_DAYS))
        member.loans.append(loan)
        self.loans.append(loan)
        return loan

    def give_back(self, isbn, name, today):
        for loan in self.members[name].loans:
            if loan.isbn == isbn and loan.back is None:
                loan.back = today
                return loan.fine(today)
        raise LibraryError(f"{name} has no open loan of {isbn}")


lib = Library()
for b in [Book("111", "Dune", "Herbert", Genre.FICTION, 2), Book("222", "Cosmos", "Sagan", Genre.SCIENCE),
          Book("333", "SPQR", "Beard", Genre.HISTORY), Book("111", "Dune", "Herbert", Genre.FICTION)]:
    lib.add(b)
start = date(2024, 1, 8)
events = [("lend", "111", "ann", 0), ("lend", "111", "bob", 1), ("lend", "111", "cy", 2), ("lend", "111", "dee", 2),
          ("lend", "222", "ann", 3), ("lend", "333", "ann", 3), ("lend", "999", "ann", 4), ("lend", "222", "bob", 5),
          ("back", "111", "ann", 20), ("back", "222", "ann", 16), ("back", "333", "bob", 17), ("lend", "111", "dee", 21),
          ("back", "111", "bob", 40)]
for kind, isbn, who, day in events:
    today = start + timedelta(days=day)
    try:
        if kind == "lend":
            loan = lib.lend(isbn, who, today)
            print(f"{today:%a %d %b}: {who} borrows {lib.books[isbn].title}, due {loan.due.isoformat()}")
        else:
            fine = lib.give_back(isbn, who, today)
            print(f"{today:%a %d %b}: {who} returns {lib.books[isbn].title}, fine ${fine:.2f}")
    except LibraryError as e:
        print(f"{today:%a %d %b}: refused: {e}")
report_day = start + timedelta(days=45)
fines = defaultdict(float)
for loan in lib.loans:
    fines[loan.member] += loan.fine(report_day)
print({k: round(v, 2) for k, v in sorted(fines.items())})
by_genre = defaultdict(list)
for b in lib.books.values():
    by_genre[b.genre].append(b.title)
print({g.value: titles for g, titles in by_genre.items()}, Genre("science"), Genre.FICTION == "fiction")
overdue = sorted((l for l in lib.loans if l.back is None and l.due < report_day), key=lambda l: l.due)
print([(l.member, l.isbn, (report_day - l.due).days) for l in overdue])
snapshot = {"books": [asdict(b) for b in lib.books.values()],
            "loans": [{**asdict(l), "out": l.out.isoformat(), "due": l.due.isoformat(),
                       "back": l.back.isoformat() if l.back else None} for l in lib.loans]}
text = json.dumps(snapshot, indent=1, sort_keys=True, default=str)
print(text[:400])
print(len(text), json.loads(text)["books"][0]["genre"], [lib.available(i) for i in lib.books])
