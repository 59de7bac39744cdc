-- Wrong guesses of a secret (a password per sign-in name and per address, a class or session code per address) are
-- counted here rather than in each node's memory, so that every node sharing the database slows down and locks the
-- same guesser, and an admin sees every node's locks (GuessThrottle). A row is one key's count within its kind;
-- rows quiet for longer than their kind keeps counts are deleted now and then, found through last_wrong_at.
create table guess_count (
    kind varchar(20) not null,
    guess_key varchar(200) not null,
    wrong integer not null,
    last_wrong_at timestamp with time zone not null,
    primary key (kind, guess_key)
);

create index guess_count_last_wrong on guess_count (last_wrong_at);
