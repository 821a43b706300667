# The README's two commands, for those who have make, and the long proof.
# Each installs what is missing (Debian 12), then builds; see quickstart.sh.
.PHONY: play test proof
play:
	./quickstart.sh play
test:
	./quickstart.sh test
# The long proof: fuzzing 60 s a target, 500 kill -9s, 10,000 kiosk rounds,
# valgrind (docs/reliability.md).
proof:
	./quickstart.sh proof
