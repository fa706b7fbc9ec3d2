# Blackjack: a seeded deck, dealer rules, a basic-strategy player, statistics over many hands.
import random
from collections import Counter
from enum import IntEnum


class Suit(IntEnum):
    CLUBS = 1
    DIAMONDS = 2
    HEARTS = 3
    SPADES = 4

    @property
    def symbol(self):
        return "♣♦♥♠"[self - 1]


RANKS = ["A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"]


class Card:
    __slots__ = ("rank", "suit")

    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit

    @property
    def value(self):
        return 11 if self.rank == "A" else 10 if self.rank in "JQK" else int(self.rank)

    def __str__(self):
        return f"{self.rank}{self.suit.symbol}"


class Shoe:
    def __init__(self, decks, rng):
        self.rng = rng
        self.cards = [Card(r, s) for _ in range(decks) for s in Suit for r in RANKS]
        self.rng.shuffle(self.cards)

    def draw(self):
        return self.cards.pop()


def total(hand):
    value = sum(c.value for c in hand)
    aces = sum(1 for c in hand if c.rank == "A")
    while value > 21 and aces:
        value -= 10
        aces -= 1
    return value, aces > 0


def player_hits(hand, dealer_up):
    value, soft = total(hand)
    up = dealer_up.value
    if soft:
        return value <= 17 or (value == 18 and up >= 9)
    if value <= 11:
        return True
    if value == 12:
        return not 4 <= up <= 6
    if 13 <= value <= 16:
        return up >= 7
    return False


def play_hand(shoe, verbose):
    player = [shoe.draw(), shoe.draw()]
    dealer = [shoe.draw(), shoe.draw()]
    if total(player)[0] == 21:
        outcome = "push" if total(dealer)[0] == 21 else "blackjack"
    else:
        while player_hits(player, dealer[0]):
            player.append(shoe.draw())
        p = total(player)[0]
        if p > 21:
            outcome = "bust"
        else:
            while total(dealer)[0] < 17:
                dealer.append(shoe.draw())
            d = total(dealer)[0]
            outcome = "win" if d > 21 or p > d else "push" if p == d else "lose"
    if verbose:
        print(f"  player {' '.join(map(str, player)):<18} ({total(player)[0]:2})"
              f"  dealer {' '.join(map(str, dealer)):<18} ({total(dealer)[0]:2})  {outcome}")
    return outcome


PAYOUT = {"blackjack": 1.5, "win": 1, "push": 0, "lose": -1, "bust": -1}
rng = random.Random(21)
results = Counter()
bankroll = 100.0
history = []
for hand_no in range(400):
    shoe = Shoe(1, rng) if hand_no % 20 == 0 else shoe
    if len(shoe.cards) < 15:
        shoe = Shoe(1, rng)
    outcome = play_hand(shoe, verbose=hand_no < 12)
    results[outcome] += 1
    bankroll += 2 * PAYOUT[outcome]
    history.append(bankroll)
print(sorted(results.items()))
print(f"final bankroll {bankroll:.1f}, low {min(history):.1f}, high {max(history):.1f}")
wins = results["win"] + results["blackjack"]
print(f"win rate {wins / sum(results.values()):.2%}, edge {sum(PAYOUT[k] * v for k, v in results.items()) / 400:+.4f}")
print([str(c) for c in Shoe(1, random.Random(1)).cards[:8]], Suit.HEARTS.symbol, Suit(4).name, max(Suit))
