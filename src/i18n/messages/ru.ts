/** Russian: neutral instructions in the polite «вы» form. Keys, code and examples stay as in en.ts. */
import type { Template } from '../template.js';
import type { MessageId } from './en.js';

export const ru: Record<MessageId, Template> = {
  'part.post': 'пост',
  'part.thread': 'часть {n} треда',
  'time-key': '{key}: {detail}',

  'lead.schema': 'Ошибка в настройках (подробности на английском): {detail}',
  'lead.yaml-syntax': 'Ошибка синтаксиса YAML (подробности на английском): {detail}',
  'lead.untranslated': '(на английском) {detail}',

  'empty-text.part': '{part}: текста нет; напишите его или удалите лишнюю строку `---`',
  'empty-text.post': 'в посте нет текста; напишите его под закрывающей строкой `---` блока настроек',
  'too-long':
    '{part}: {length} символов по подсчёту X (ссылка считается за 23, эмодзи и символы CJK — за 2); предел — {max}. Сократите текст на {over} или разбейте его на тред строкой, в которой только `---`',
  'too-long.answer': '{part}: {length} символов по подсчёту X (ссылка считается за 23, эмодзи и символы CJK — за 2); предел — {max}. Сократите текст на {over}',
  'too-long.answer-placeholders':
    '{part}: {length} символов по подсчёту X, если каждый заполнитель заполнен до `max` (символами, которые X считает за 2, например 字); предел — {max}. Сократите текст на {over} или уменьшите `max` у заполнителя',
  'hashtag-count': {
    one: '{part} содержит {count} хештег; оставьте не больше {max}, только те, которые действительно ищут',
    few: '{part} содержит {count} хештега; оставьте не больше {max}, только те, которые действительно ищут',
    many: '{part} содержит {count} хештегов; оставьте не больше {max}, только те, которые действительно ищут',
    other: '{part} содержит {count} хештега; оставьте не больше {max}, только те, которые действительно ищут',
  },
  'bare-link.post-only':
    'в посте только ссылка; объясните своими словами, чем она полезна (не меньше {min} слов), например: «Our winter release is out: faster search and dark mode.»',
  'bare-link.thread-only':
    'тред начинается только со ссылки; объясните своими словами, чем она полезна (не меньше {min} слов), например: «Our winter release is out: faster search and dark mode.»',
  'bare-link.few-words': {
    one: 'к ссылке всего {words} слово комментария; напишите не меньше {min}, чтобы объяснить читателю, чем она полезна',
    few: 'к ссылке всего {words} слова комментария; напишите не меньше {min}, чтобы объяснить читателю, чем она полезна',
    many: 'к ссылке всего {words} слов комментария; напишите не меньше {min}, чтобы объяснить читателю, чем она полезна',
    other: 'к ссылке всего {words} слова комментария; напишите не меньше {min}, чтобы объяснить читателю, чем она полезна',
  },
  'first-person-singular': '«{word}» — речь от одного человека. Пишите от имени бренда — «we», а не «I»: замените на «{instead}»',
  'first-person-singular.signoff':
    '«{word}» — речь от одного человека. Пишите от имени бренда — «we», а не «I»: замените на «{instead}» или подпишите пост в конце, например «– MJ»',
  'missing-alt-text':
    'у `{file}` нет альтернативного текста; опишите, что изображено, для тех, кто пользуется экранным диктором, например `alt: Our new dashboard showing weekly totals`',
  'media-not-found.missing': '`{file}` не существует (искали {looked}); проверьте имя файла: путь указывается относительно файла поста',
  'media-not-found.not-regular': '`{file}` — не обычный файл; проверьте имя файла: путь указывается относительно файла поста',
  'media-outside-repo': '{problem}; положите файл в репозиторий рядом с постом и напишите `{suggestion}`',
  'media-path.nul': '`{file}` содержит байт NUL',
  'media-path.absolute': '`{file}` — абсолютный путь или URL',
  'media-path.outside': '`{file}` указывает за пределы репозитория',
  'media-path.link-outside': '`{file}` — ссылка на файл вне репозитория',
  'media-path.link-git': '`{file}` — ссылка внутрь .git/',
  'media-path.bad': '`{file}`: {why}',
  'path.empty': 'путь пустой',
  'path.nul': 'путь содержит байт NUL',
  'path.absolute': 'путь абсолютный',
  'path.backslash': 'путь содержит обратную косую черту',
  'path.dot-segment': 'в пути есть пустая часть или часть `.`',
  'path.dot-dot': 'путь выходит из своей папки через `..`',
  'path.git': 'путь ведёт в `.git`',
  'media-type': 'X не принимает файлы `{ext}` как медиа; используйте изображение (png, jpg, webp), gif или видео (mp4, mov)',
  'media-too-large': '`{file}` весит {size}; X принимает {what} не больше {limit}: уменьшите файл',
  'media-kind.videos': 'видео',
  'media-kind.gifs': 'GIF',
  'media-kind.images': 'изображения',
  'media-content': '`{file}` назван как {mime}, но его содержимое другое: {fix}',
  'media-content.really': 'на самом деле это {really}: переименуйте его в `{renamed}` (и строку `file:`) или экспортируйте заново в {format}',
  'media-content.empty': 'файл пустой; экспортируйте его заново как настоящий файл {format}',
  'media-content.starts': 'он начинается с "{start}"; экспортируйте его заново как настоящий файл {format}',
  'media-mix': {
    one: 'X принимает до четырёх изображений или одно видео или GIF отдельно; в этом посте {count} файл, из них видео или GIF: {moving}. Оставьте видео или GIF одно или разбейте пост на тред',
    few: 'X принимает до четырёх изображений или одно видео или GIF отдельно; в этом посте {count} файла, из них видео или GIF: {moving}. Оставьте видео или GIF одно или разбейте пост на тред',
    many: 'X принимает до четырёх изображений или одно видео или GIF отдельно; в этом посте {count} файлов, из них видео или GIF: {moving}. Оставьте видео или GIF одно или разбейте пост на тред',
    other:
      'X принимает до четырёх изображений или одно видео или GIF отдельно; в этом посте {count} файла, из них видео или GIF: {moving}. Оставьте видео или GIF одно или разбейте пост на тред',
  },
  'media-not-found.unreadable': '`{file}` не удаётся прочитать как файл; укажите файл изображения или видео',
  'unknown-account': 'аккаунта `{account}` нет (нет файла schedules/{account}.yaml). Аккаунты: {known}.',
  'unknown-account.suggest':
    'аккаунта `{account}` нет (нет файла schedules/{account}.yaml); возможно, вы имели в виду `account: {suggestion}`? Аккаунты: {known}.',
  'unknown-account.none': 'пока нет',
  'unknown-key.suggest': '`{key}` — не настройка {where}; возможно, вы имели в виду `{suggestion}`? Здесь допустимы: {allowed}.',
  'unknown-key.remove': '`{key}` — не настройка {where}; удалите её или проверьте написание. Здесь допустимы: {allowed}.',
  'where.front-matter': 'поста',
  'where.account-file': 'файла аккаунта',
  'duplicate-text.content': '{part} повторяет текст из {where} на аккаунте {account}; X отклоняет повторы, измените формулировку',

  'invalid-zone': 'часовой пояс "{zone}" herald не знает. {advice}',
  'invalid-zone.audience': 'часовой пояс аудитории "{zone}" herald не знает. {advice}',
  'zone-advice.suggest': 'Напишите {zone}.',
  'zone-advice.generic': 'Укажите название пояса IANA, например America/New_York, Europe/London или UTC.',
  'nonexistent-local-time': 'времени {time} в поясе {zone} не существует: часы переводятся с {from} на {to}. Напишите {instead}.',
  'ambiguous-local-time':
    'время {time} в поясе {zone} наступает дважды (часы переводятся назад с {from} на {to}); herald берёт первое, {first}. Чтобы выбрать второе, напишите {second}; чтобы оставить первое без этого предупреждения, напишите {first}.',
  'invalid-time':
    '"{text}": неверное значение ({what}). Напишите дату и время, например {example}, или время ISO со смещением, например 2026-12-01T09:00-05:00.',
  'invalid-time.examples': '{date} или {time}',
  'what.date-and-time': 'дата и время',
  'what.date-or-time': 'дата или время',
  'what.time': 'время',
  'what.date': 'дата',
  'what.clock': 'время суток (от 00:00 до 23:59)',
  'what.time-of-day': 'время: нужно время суток',
  'invalid-duration': 'window "{value}" — это не длительность. Укажите минуты, часы или дни, например 90m, 2h, 1d или 1h30m.',
  'invalid-duration.post-too-long':
    'window "{value}" длиннее {max}: пост может выйти не позже чем через {max} после своего времени. Укажите окно короче, например 2h или 1d, или задайте посту более позднее `at`.',
  'invalid-duration.account-too-long':
    'window "{value}" длиннее {max}: пост может выйти не позже чем через {max} после своего времени. Укажите окно короче, например 2h или 1d.',
  'window-closed':
    'окно этого поста ({start} + {window}) закрылось в {end}, поэтому он не будет отправлен: herald не публикует с опозданием. Перенесите publish.at на время, которое ещё не наступило, или удалите пост.',
  'audience-night':
    'этот пост выйдет ночью для аудитории в {zones}: тихие часы — {quiet}. Выберите время, когда аудитория не спит, или укажите rules: { audience-night: off } в {file}.',
  'blackout.resumes':
    'этот пост начинается во время паузы {blackout} аккаунта {account}, когда ничего не отправляется. Он выйдет, когда пауза закончится, {end}: его окно открыто до {windowEnd}.',
  'blackout.cut':
    'этот пост начинается во время паузы {blackout} аккаунта {account}, когда ничего не отправляется. Его окно закрывается в {windowEnd}, до конца паузы, поэтому он не выйдет: перенесите publish.at на {end} или позже.',
  'blackout.part-resumes':
    'часть {n} этого треда запланирована на {start}, во время паузы {blackout} аккаунта {account}, когда ничего не отправляется; она выйдет, когда пауза закончится, {end}.',
  'blackout.part-cut':
    'часть {n} этого треда запланирована на {start}, во время паузы {blackout} аккаунта {account}, когда ничего не отправляется; её окно закрывается в {windowEnd}, до конца паузы, поэтому ни она, ни следующие части не выйдут: перенесите её на {end} или позже.',
  'daily-cap':
    'у аккаунта {account} уже {cap} постов на {day} ({zone}) — это его daily_cap, поэтому этот пост не будет отправлен. Перенесите его на другой день или увеличьте daily_cap в {file}.',
  'content-mix': {
    one: 'за {days} день до {when}, вместе с этим постом, {promo} из {total} постов аккаунта {account} — рекламные (теги {tags}): {share}, больше допустимых {max}. Добавьте полезные или информационные посты или перенесите этот на более спокойную неделю.',
    few: 'за {days} дня до {when}, вместе с этим постом, {promo} из {total} постов аккаунта {account} — рекламные (теги {tags}): {share}, больше допустимых {max}. Добавьте полезные или информационные посты или перенесите этот на более спокойную неделю.',
    many: 'за {days} дней до {when}, вместе с этим постом, {promo} из {total} постов аккаунта {account} — рекламные (теги {tags}): {share}, больше допустимых {max}. Добавьте полезные или информационные посты или перенесите этот на более спокойную неделю.',
    other:
      'за {days} дня до {when}, вместе с этим постом, {promo} из {total} постов аккаунта {account} — рекламные (теги {tags}): {share}, больше допустимых {max}. Добавьте полезные или информационные посты или перенесите этот на более спокойную неделю.',
  },
  'duplicate-text.sent':
    'этот текст уже выходил {when} как пост "{post}"{planned}, файла которого больше нет; этот пост запланирован на другое время, поэтому herald отправит его как новый. Если так и задумано, ничего не меняйте; если это старый пост под новым именем, верните ему прежнее время (тогда он считается отправленным); иначе измените формулировку.',
  'duplicate-text.planned': ' (был запланирован на {when})',

  'guide.new-post-link':
    'Чтобы написать пост в веб-редакторе GitHub, откройте **[✏️ Новый пост]({link})** (сохраните ссылку в закладках), затем сохраните файл в новую ветку и откройте pull request.',
  'count.error': { one: '{n} ошибка', few: '{n} ошибки', many: '{n} ошибок', other: '{n} ошибки' },
  'count.warning': { one: '{n} предупреждение', few: '{n} предупреждения', many: '{n} предупреждений', other: '{n} предупреждения' },
  'count.file': { one: '{n} файле', few: '{n} файлах', many: '{n} файлах', other: '{n} файлах' },
  'count.post': { one: '{n} пост', few: '{n} поста', many: '{n} постов', other: '{n} поста' },
  'count.answer': { one: '{n} ответ', few: '{n} ответа', many: '{n} ответов', other: '{n} ответа' },
  'count.account': { one: '{n} аккаунт', few: '{n} аккаунта', many: '{n} аккаунтов', other: '{n} аккаунта' },
  'count.changed-file': { one: '{n} изменённый файл', few: '{n} изменённых файла', many: '{n} изменённых файлов', other: '{n} изменённого файла' },

  'validate.none': 'Проблем не найдено{checked}.',
  'validate.found': '{errors} и {warnings} в {files}{checked}.',
  'validate.checked': ' (проверено: {posts}, {accounts})',
  'validate.checked-answers': ' (проверено: {posts}, {accounts}, {answers})',

  'summary.validate.title': 'herald: проверка',
  'summary.validate.valid': 'Все посты и файлы аккаунтов в порядке.',
  'summary.validate.counts': '{errors}, {warnings}.',
  'summary.validate.counts-annotated': '{errors}, {warnings}; первые {annotated} отмечены в строках файлов, здесь перечислены все.',
  'summary.validate.failed': '{errors} в контенте; см. пометки в файлах и сводку задания',
  'summary.publish.title': 'herald: публикация — {at}',
  'summary.publish.title-dry': 'herald: публикация — {at} (пробный запуск)',
  'summary.publish.would-delete': 'Будет удалено (отзыв)',
  'summary.publish.deleted': 'Удалено из X (отзыв)',
  'summary.publish.would-send': 'Будет отправлено',
  'summary.publish.sent': 'Отправлено',
  'summary.publish.reconciled': 'Сверено',
  'summary.publish.expired': 'Просрочено (с опозданием не отправляется)',
  'summary.publish.failed': 'Ошибки отправки',
  'summary.publish.stopped': 'Аккаунты, остановленные в этом запуске',
  'summary.publish.skipped': 'Пропущено',
  'summary.publish.schedule': 'Расписание',
  'review.title': 'herald: обзор изменений',
  'review.compared': 'Сравнение {head} с {base}, план на {at}: {changed} · {errors} · {warnings}',
  'review.errors': '❌ {errors}',
  'review.no-errors': '✅ ошибок нет',
  'review.warnings': '⚠️ {warnings}',
  'review.no-warnings': 'предупреждений нет',
  'review.no-changes': 'Это изменение не затрагивает ни постов, ни ответов, ни файлов аккаунтов.',
  'review.validation': 'Проверка',
  'review.no-findings': 'В изменённых файлах нет ни ошибок, ни предупреждений.',
  'review.calendar': 'Изменения в календаре',
  'review.calendar.added': 'Добавлено',
  'review.calendar.moved': 'Перенесено',
  'review.calendar.removed': 'Убрано',
  'review.calendar.unreadable': 'Невозможно запланировать',
  'review.calendar.expiring': 'Просрочено или скоро истечёт',
  'review.calendar.status': 'Изменился статус',
  'review.calendar.unchanged': 'Календарь не изменился.',
  'review.previews': 'Предпросмотр',
  'review.no-post-files': 'Файлы постов не менялись.',
  'review.deleted-files': 'Удалённые файлы постов: {files}',

  'new.past': '{at} ({zone}) уже в прошлом; пост истечёт, если не изменить publish.at',
  'new.slot-comment': 'ближайшее свободное место в очереди аккаунта; или напишите at: "2026-12-01 09:00"',
  'new.tags-comment': 'метки, например product, event, tip: их читает проверка content-mix',
  'new.draft-comment': 'удалите эту строку, когда текст ниже будет готов к публикации',
  'new.guide':
    'Напишите пост ниже вместо строки с заголовком. Этот комментарий не публикуется.\n- Пишите от имени бренда («мы»), в каждой части не больше 280 символов.\n- Строка, в которой только ---, начинает следующую часть треда.\n- Изображения: добавьте в блок настроек `media:` с `- file: picture.png` и `alt: что изображено`.\n- Делитесь ссылкой? Объясните, чем она полезна; на ссылку без текста будет предупреждение.',
  'duplicate-id.explicit':
    'id "{id}" есть и у {others} на аккаунте {account}; у двух постов с одним id одна история в журнале, поэтому ни один не будет опубликован, пока id не изменится: укажите другой id, например `id: {id}-2`, или удалите id:, чтобы id взялся из имени файла',
  'duplicate-id.from-file':
    'id "{id}", взятый из имени файла, есть и у {others} на аккаунте {account}; у двух постов с одним id одна история в журнале, поэтому ни один не будет опубликован, пока id не изменится: переименуйте файл или напишите `id: {stem}-2`',
  'executable-front-matter':
    'блок настроек на `{language}` никогда не выполняется и не читается — ради безопасности; пишите его в YAML: первая строка — только `---`, затем {firstKey}',
  'part-time.zero':
    '{line}: часть {n} вышла бы через 0 минут после части {previous}. Чтобы отправить её сразу после предыдущей части, напишите просто `---`; иначе укажите, через сколько, например `--- +45m`',
  'part-time.too-long':
    '{line}: "{value}" длиннее {max}, поэтому у части {n} нет времени. Часть со временем выходит не позже чем через {max} после предыдущей; укажите время короче, например `--- +45m` или `--- +2d`, или сделайте её отдельным постом',
  'part-time.not-duration':
    '{line}: "{value}" — это не длительность, поэтому у части {n} нет времени. Напишите `--- +45m` (минуты, часы или дни после предыдущей части: 45m, 2h, 1h30m, 1d) или `--- at 2026-12-01 14:30` (в поясе поста); строка, в которой только `---`, отправляет часть сразу после предыдущей',
  'duplicate-text.queued-rename':
    'этот текст уже выходил{sent} как пост "{post}", файла которого больше нет, поэтому herald считает этот пост из очереди тем же постом под новым именем и не отправляет его; если это новый пост, измените формулировку или задайте ему `not_before:` позже той даты',
  'edited-after-publish':
    'этот пост уже вышел{sent} с другим текстом, и правка файла не меняет того, что показывает X; чтобы заменить его, добавьте в этот файл `retract: true` (следующий запуск публикации удалит вышедший пост), а новый текст напишите в новом файле; чтобы оставить старый и опубликовать новый текст тоже, задайте этому посту новый id (`id: {id}-2`)',
  'sent-on': ' {when}',
  'queue-unschedulable':
    'пост из очереди не удаётся поставить в расписание — {reason}. Добавьте слоты в {file}, расширьте not_before/not_after или задайте посту точное publish.at.',
  'queue-reason.no-slots': 'слотов нет: добавьте slots: в {file} или задайте посту точное publish.at',
  'queue-reason.not-after': 'нет свободного слота до {time} (его not_after)',
  'queue-reason.horizon': {
    one: 'нет свободного слота в ближайший {days} день',
    few: 'нет свободного слота в ближайшие {days} дня',
    many: 'нет свободного слота в ближайшие {days} дней',
    other: 'нет свободного слота в ближайшие {days} дня',
  },
  'where.its-account-file': 'файл его аккаунта',
  'poll.not-object': 'опрос — это его варианты и длительность; напишите {example}',
  'poll.unknown-key': '`poll.{key}` — не настройка опроса{hint}; у опроса есть `options` и `duration`, например {example}',
  'poll.hint-duration': ' (время пишется как `duration: 1d`)',
  'poll.hint-options': ' (напишите `options:`)',
  'poll.with-media': 'X принимает в посте либо опрос, либо медиа, но не оба; удалите `media:` из этого поста или вынесите опрос в отдельный пост',
  'poll.no-options': 'у опроса нет вариантов; добавьте `options: [Dark mode, Offline sync]` (от {min} до {max} вариантов)',
  'poll.options-not-list': '`poll.options` должен быть списком из {min}–{max} вариантов, например `options: [Dark mode, Offline sync]`',
  'poll.option-count': {
    one: 'в опросе {count} вариант; X принимает от {min} до {max}: {fix}',
    few: 'в опросе {count} варианта; X принимает от {min} до {max}: {fix}',
    many: 'в опросе {count} вариантов; X принимает от {min} до {max}: {fix}',
    other: 'в опросе {count} варианта; X принимает от {min} до {max}: {fix}',
  },
  'poll.fix-add': 'добавьте ещё {n}',
  'poll.fix-remove': 'уберите {n}',
  'poll.option-empty': 'вариант {n} пустой; напишите его текст или удалите его',
  'poll.option-type': 'вариант {n} (`{value}`) читается как {type}, а не как текст; возьмите его в кавычки, например `"{value}"`',
  'poll.type.list': 'список',
  'poll.type.setting': 'настройка',
  'poll.type.yes-no': 'значение да/нет',
  'poll.type.number': 'число',
  'poll.option-too-long': 'вариант {n} `{text}` — {length} символов; X допускает {max}: сократите его на {over}',
  'poll.option-same': 'вариант {n} `{text}` совпадает с вариантом {other}; варианты должны различаться',
  'poll.range': 'от {min} до {max}',
  'poll.no-duration': 'у опроса нет `duration`; укажите, сколько он длится, например `duration: 1d` ({range})',
  'poll.duration-unit': 'у `poll.duration` нет единицы: напишите {choices} ({range})',
  'poll.unit.minutes': '`duration: {n}m` для минут',
  'poll.unit.hours': '`duration: {n}h` для часов',
  'poll.unit.days': '`duration: {n}d` для дней',
  'poll.unit.any': 'длительность, например `duration: 1d`',
  'poll.or': '{a} или {b}',
  'poll.not-duration': '`poll.duration` должен быть длительностью, например 90m, 2h или 1d, а написано `{value}`. Например: `duration: 1d`',
  'poll.too-short': 'опрос в X длится {range}; `{value}` — короче: напишите не меньше `duration: {min}`',
  'poll.too-long': 'опрос в X длится {range}; `{value}` — дольше: напишите не больше `duration: {max}`',
};
