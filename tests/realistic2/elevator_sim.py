# A discrete-event elevator simulation: a state machine per car, requests from a seeded random stream.
import random
from enum import Enum
from collections import deque


class State(Enum):
    IDLE = "idle"
    UP = "up"
    DOWN = "down"
    DOORS = "doors"


class Car:
    def __init__(self, name, floor=0):
        self.name = name
        self.floor = floor
        self.state = State.IDLE
        self.stops = set()
        self.riders = []
        self.door_timer = 0
        self.travelled = 0

    def choose_direction(self):
        if not self.stops:
            return State.IDLE
        above = [s for s in self.stops if s > self.floor]
        below = [s for s in self.stops if s < self.floor]
        if self.state is State.UP and above or not below:
            return State.UP if above else State.IDLE
        return State.DOWN

    def step(self, building, t):
        if self.state is State.DOORS:
            self.door_timer -= 1
            if self.door_timer > 0:
                return
            self.state = self.choose_direction()
            return
        if self.floor in self.stops:
            self.stops.discard(self.floor)
            self.open_doors(building, t)
            return
        self.state = self.choose_direction()
        if self.state is State.UP:
            self.floor += 1
            self.travelled += 1
        elif self.state is State.DOWN:
            self.floor -= 1
            self.travelled += 1

    def open_doors(self, building, t):
        self.state = State.DOORS
        self.door_timer = 2
        leaving = [r for r in self.riders if r[1] == self.floor]
        for rider in leaving:
            self.riders.remove(rider)
            building.delivered.append((rider[2], t - rider[3], self.name))
        waiting = building.waiting[self.floor]
        while waiting and len(self.riders) < 4:
            rider = waiting.popleft()
            self.riders.append(rider)
            self.stops.add(rider[1])

    def __repr__(self):
        return f"{self.name}@{self.floor}:{self.state.value}[{','.join(map(str, sorted(self.stops)))}]"


class Building:
    def __init__(self, floors, cars, seed):
        self.floors = floors
        self.cars = [Car(f"car{i}", floor=i * (floors - 1)) for i in range(cars)]
        self.waiting = [deque() for _ in range(floors)]
        self.rng = random.Random(seed)
        self.delivered = []
        self.next_id = 1

    def spawn(self, t):
        if self.rng.random() < 0.35:
            src = self.rng.randrange(self.floors)
            dst = self.rng.choice([f for f in range(self.floors) if f != src])
            self.waiting[src].append((src, dst, self.next_id, t))
            self.next_id += 1
            car = min(self.cars, key=lambda c: (abs(c.floor - src) + 2 * len(c.stops), c.name))
            car.stops.add(src)

    def run(self, ticks):
        for t in range(ticks):
            self.spawn(t)
            for car in self.cars:
                car.step(self, t)
            if t % 10 == 0:
                queue = "".join(str(len(q)) for q in self.waiting)
                print(f"t={t:3} {' '.join(map(repr, self.cars))} waiting={queue}")


b = Building(floors=8, cars=2, seed=11)
b.run(80)
print("delivered:", len(b.delivered), "spawned:", b.next_id - 1)
waits = sorted(w for _, w, _ in b.delivered)
if waits:
    print("trip time min/median/max:", waits[0], waits[len(waits) // 2], waits[-1])
per_car = {}
for _, _, car in b.delivered:
    per_car[car] = per_car.get(car, 0) + 1
print("per car:", per_car, "travelled:", [c.travelled for c in b.cars])
print("still riding:", sum(len(c.riders) for c in b.cars), "still waiting:", sum(map(len, b.waiting)))
print([s.name for s in State], State("up"), State.DOORS == State.DOORS, State.IDLE is not State.UP)
