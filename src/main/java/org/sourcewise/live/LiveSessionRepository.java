package org.sourcewise.live;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface LiveSessionRepository extends JpaRepository<LiveSessionRecord, Long> {

    List<LiveSessionRecord> findByEndedAtIsNull();
}
