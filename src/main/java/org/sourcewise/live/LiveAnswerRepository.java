package org.sourcewise.live;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LiveAnswerRepository extends JpaRepository<LiveAnswer, LiveAnswer.Key> {

    List<LiveAnswer> findByKeyParticipantIdIn(Collection<Long> participantIds);
}
